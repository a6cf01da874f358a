/**
 * Completions while drafting, read from the model, the registry and any further known documents (a
 * workspace index). Pure: offsets in, suggestions out; the language server turns them into LSP items.
 *
 * Each context is recognised from the text before the cursor on its line (and, for Nơi nhận and the
 * signature, from where the line stands in the model). The language server filters nothing itself: the
 * query is matched here, Vietnamese-aware (see match.ts), and the editor is told to ask again as the
 * drafter types.
 */
import type { NoticeModel } from '../model/types';
import type { Registry } from '../registry/registry';
import type { Agency, KnownDocument } from '../registry/types';
import { bodyCompletions } from './completion-body';
import { footerCompletions } from './completion-footer';
import type { CalendarDay } from './date-format';

export type SuggestionKind = 'unit' | 'agency' | 'recipient' | 'abbreviation' | 'authority' | 'title' | 'signer' | 'document' | 'date';

export interface Suggestion {
  kind: SuggestionKind;
  label: string;
  /** Replaces [start, end) of the model's text (NFC offsets); end is the cursor. */
  start: number;
  end: number;
  insertText: string;
  /** What the drafter typed in [start, end): the item was matched on it already. */
  query: string;
  /** One line, Vietnamese: what the item is. */
  detail: string;
  /** Markdown, Vietnamese: the facts behind the item. */
  documentation: string;
  /** Order among the items: the better match and the likelier item first. */
  sortText: string;
}

export interface CompletionContext {
  registry: Registry;
  /** The agency issuing the draft (check.ts issuerOf), whose units, titles and people are offered. */
  issuer?: Agency;
  /** Today, for "ngày …". */
  today: CalendarDay;
  /** Documents known besides the registry's (a workspace index); the same number wins over the registry. */
  documents?: readonly KnownDocument[];
}

/** The line of the model around an offset, and the text of it before the cursor. */
export interface CursorLine {
  offset: number;
  lineStart: number;
  lineEnd: number;
  before: string;
  after: string;
}

export function complete(model: NoticeModel, offset: number, context: CompletionContext): Suggestion[] {
  const text = model.text;
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let lineEnd = text.slice(offset).search(/[\r\n]/);
  lineEnd = lineEnd < 0 ? text.length : offset + lineEnd;
  const cursor: CursorLine = { offset, lineStart, lineEnd, before: text.slice(lineStart, offset), after: text.slice(offset, lineEnd) };
  return footerCompletions(model, cursor, context) ?? bodyCompletions(model, cursor, context);
}
