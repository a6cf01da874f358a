/**
 * Drafting help over LSP: completion, document symbols, folding, selection ranges and the date hover.
 * The core computes everything in the model's (NFC) offsets; here they become positions of the document
 * as the editor holds it, which may be NFD.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type SelectionRange,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { issuerOf } from '../core/check';
import { complete, type SuggestionKind } from '../core/features/completion';
import type { CalendarDay } from '../core/features/date-format';
import { dateHover } from '../core/features/date-hover';
import { foldingSpans, outline, selectionSpans, type OutlineItem, type OutlineKind } from '../core/features/outline';
import { parseNotice } from '../core/model/parse';
import type { NoticeModel } from '../core/model/types';
import type { Registry } from '../core/registry/registry';
import type { KnownDocument } from '../core/registry/types';
import { LineIndex } from '../core/text/lines';
import { inFormOf, normalizeNfc, type NormalizedText } from '../core/text/normalize';
import { toRange } from './convert';

export const DRAFTING_CAPABILITIES: ServerCapabilities = {
  // A space ends "Giao", "số", "ngày", "KT. GIÁM ĐỐC": the next word is what completion is for.
  completionProvider: { triggerCharacters: [' ', ','] },
  documentSymbolProvider: { label: 'Thông báo' },
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  hoverProvider: true,
};

export interface DraftingOptions {
  /** The registry that applies to a document (built-in merged with its workspace's .thongbao.yaml). */
  registryFor(uri: string): Registry;
  /** Documents known besides the registry's, e.g. from a workspace index. */
  knownDocuments?(uri: string): readonly KnownDocument[];
  /** Today in the server's time zone; replaceable for tests. */
  today?(): CalendarDay;
  /** A hover that comes before the date's (a citation's, from the workspace index), as Markdown. */
  hover?(uri: string, offset: number): string | undefined;
}

/** The model of one version of a document, with the offset maps between the document and the model. */
interface Analysis {
  version: number;
  model: NoticeModel;
  index: LineIndex;
  normalized: NormalizedText;
  source: string;
}

const COMPLETION_KIND: Record<SuggestionKind, CompletionItemKind> = {
  unit: CompletionItemKind.Module,
  agency: CompletionItemKind.Module,
  recipient: CompletionItemKind.Reference,
  abbreviation: CompletionItemKind.Constant,
  authority: CompletionItemKind.Keyword,
  title: CompletionItemKind.Keyword,
  signer: CompletionItemKind.Text,
  document: CompletionItemKind.File,
  date: CompletionItemKind.Value,
};

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  header: SymbolKind.Namespace,
  field: SymbolKind.Field,
  title: SymbolKind.String,
  section: SymbolKind.Struct,
  recipients: SymbolKind.Array,
  signature: SymbolKind.Key,
};

export function registerDrafting(connection: Connection, documents: TextDocuments<TextDocument>, options: DraftingOptions): void {
  const analyses = new Map<string, Analysis>();
  documents.onDidClose(({ document }) => analyses.delete(document.uri));
  const today = options.today ?? localToday;

  function analyse(uri: string): Analysis | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = analyses.get(uri);
    if (cached?.version === document.version) return cached;
    const source = document.getText();
    const normalized = normalizeNfc(source);
    const analysis = { version: document.version, model: parseNotice(normalized.text), index: new LineIndex(source), normalized, source };
    analyses.set(uri, analysis);
    return analysis;
  }

  /** A document offset in the model's NFC text (exact at character boundaries, which the cursor sits on). */
  const toModel = (analysis: Analysis, offset: number) =>
    analysis.source === analysis.normalized.text ? offset : analysis.source.slice(0, offset).normalize('NFC').length;
  const range = (analysis: Analysis, start: number, end: number) =>
    toRange(analysis.index, analysis.normalized.toSource(start), analysis.normalized.toSource(end));

  /** A failing feature answers "nothing here" and logs; it never takes the server down. */
  function guard<P extends { textDocument: { uri: string } }, R>(feature: string, empty: R, handler: (params: P) => R): (params: P) => R {
    return (params) => {
      try {
        return handler(params);
      } catch (error) {
        connection.console.error(`thongbao: ${feature} lỗi trên ${params.textDocument.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    };
  }

  connection.onCompletion(guard('gợi ý', null, (params): CompletionList | null => {
    const analysis = analyse(params.textDocument.uri);
    if (!analysis) return null;
    const offset = analysis.index.offsetAt(params.position);
    const registry = options.registryFor(params.textDocument.uri);
    const issuer = issuerOf(analysis.model, registry);
    const suggestions = complete(analysis.model, toModel(analysis, offset), {
      registry,
      today: today(),
      ...(issuer && { issuer }),
      ...(options.knownDocuments && { documents: options.knownDocuments(params.textDocument.uri) }),
    });
    const items = suggestions.map((suggestion): CompletionItem => {
      const start = analysis.normalized.toSource(suggestion.start);
      return {
        label: suggestion.label,
        kind: COMPLETION_KIND[suggestion.kind],
        detail: suggestion.detail,
        documentation: { kind: MarkupKind.Markdown, value: suggestion.documentation },
        sortText: suggestion.sortText,
        // Matched here already (without diacritics, by initials): the editor must not filter it out again.
        filterText: analysis.source.slice(start, offset),
        insertTextFormat: InsertTextFormat.PlainText,
        // In a draft typed decomposed (NFD), what is inserted is decomposed too, as the fixes are.
        textEdit: { range: toRange(analysis.index, start, offset), newText: inFormOf(analysis.source, start, offset, suggestion.insertText) },
      };
    });
    // Incomplete: the editor asks again on each keystroke, so the Vietnamese-aware matching stays ours.
    return { isIncomplete: true, items };
  }));

  connection.onHover(guard('hover', null, (params): Hover | null => {
    const analysis = analyse(params.textDocument.uri);
    if (!analysis) return null;
    const cited = options.hover?.(params.textDocument.uri, analysis.index.offsetAt(params.position));
    if (cited) return { contents: { kind: MarkupKind.Markdown, value: cited } };
    const hover = dateHover(analysis.model, toModel(analysis, analysis.index.offsetAt(params.position)));
    return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: range(analysis, hover.start, hover.end) } : null;
  }));

  connection.onDocumentSymbol(guard('dàn ý', [], (params): DocumentSymbol[] => {
    const analysis = analyse(params.textDocument.uri);
    if (!analysis) return [];
    const convert = (item: OutlineItem): DocumentSymbol => ({
      name: item.name,
      ...(item.detail && { detail: item.detail }),
      kind: SYMBOL_KIND[item.kind],
      range: range(analysis, item.start, item.end),
      selectionRange: range(analysis, item.selection.start, item.selection.end),
      children: item.children.map(convert),
    });
    return outline(analysis.model).map(convert);
  }));

  connection.onFoldingRanges(guard('thu gọn', [], (params): FoldingRange[] => {
    const analysis = analyse(params.textDocument.uri);
    if (!analysis) return [];
    const byStart = new Map<number, FoldingRange>();
    for (const span of foldingSpans(analysis.model)) {
      const { start, end } = range(analysis, span.start, span.end);
      if (end.line > start.line && !byStart.has(start.line)) byStart.set(start.line, { startLine: start.line, endLine: end.line });
    }
    return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
  }));

  connection.onSelectionRanges(guard('chọn vùng', [], (params): SelectionRange[] => {
    const analysis = analyse(params.textDocument.uri);
    if (!analysis) return [];
    return params.positions.map((position) => {
      const offset = analysis.index.offsetAt(position);
      const spans = selectionSpans(analysis.model, toModel(analysis, offset));
      let parent: SelectionRange | undefined;
      for (const span of [...spans].reverse()) parent = { range: range(analysis, span.start, span.end), ...(parent && { parent }) };
      return parent ?? { range: { start: position, end: position } };
    });
  }));
}

function localToday(): CalendarDay {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
