import { reused } from '../reuse';
import type { Rule } from './types';
import { endsTheDraft, prose } from './util';

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['(', ')'],
];
// Enumeration markers written inline ("a) …; b) …") close a parenthesis they never opened.
// No look-behind over "\s+": it re-read a run of spaces at every position (quadratic).
const INLINE_MARKER = /(^|[:;,.]\s+|>\s*)([a-zđ\d]{1,2}\\?\))/gu;
// A marker named in the text ("điểm a) khoản 1", "các mục 1), 2)"): a lone letter or number before ")".
const NAMED_MARKER = /(?:^|[\s,;:])[a-zđ\d]{1,2}$/u;
// A quotation may run over a few paragraphs, opened in the first and closed in the last.
const QUOTE_PARAGRAPHS = 5;

/**
 * An opening quote or parenthesis that is never closed in its paragraph, or a closing one never opened. A
 * quote opened in one paragraph and closed in one of the next few (a leader's words quoted over two
 * paragraphs) is a pair. An HTML comment «<!--» never closed hides the rest of the draft from the check and
 * from print: it is reported too.
 */
export const typoUnbalanced: Rule = {
  id: 'typo/unbalanced',
  severity: 'error',
  decree: 'quy ước trình bày',
  description: 'Ngoặc kép “ ” và ngoặc đơn ( ) mở ra thì phải đóng lại trong cùng đoạn (ngoặc kép có thể đóng ở một trong vài đoạn kế tiếp); ghi chú «<!--» phải có «-->» đóng lại, khối mã «```» phải có dòng «```» đóng lại.',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThanh tra nhiệm vụ “Thực nghiệm mô hình trồng Sacha Inchi tại huyện Ba Tơ.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThanh tra nhiệm vụ “Thực nghiệm mô hình trồng Sacha Inchi” tại huyện Ba Tơ.",
  },
  check(model, context) {
    // Quotes left open by the paragraphs before, with the index of their paragraph.
    let open: { paragraph: number; at: number; report: () => void }[] = [];
    const paragraphs = prose(model);
    paragraphs.forEach((paragraph, index) => {
      const report = (mark: Unpaired) => () => {
        const start = paragraph.sourceOffset(mark.at);
        const fix = mark.replacement && { title: `Sửa thành «${mark.replacement}»`, edits: [{ start, end: start + 1, newText: mark.replacement }] };
        context.report({ start, end: start + 1, message: mark.message, ...(fix && { fix }) });
      };
      for (const mark of reused('unbalanced', paragraph, unbalanced)) {
        if (mark.kind === 'quote-close' && open.length > 0) open.pop();
        else if (mark.kind === 'quote-open') open.push({ paragraph: index, at: mark.at, report: report(mark) });
        else report(mark)();
      }
      // Opened in paragraph order: those too far back are at the front.
      let stale = 0;
      while (stale < open.length && index + 1 - open[stale]!.paragraph >= QUOTE_PARAGRAPHS) open[stale++]!.report();
      if (stale > 0) open = open.slice(stale);
    });
    // A quotation opened in the draft's last paragraph, which goes on to the end of the draft without ending a
    // sentence after it, is being typed.
    const last = paragraphs[paragraphs.length - 1];
    const lastStop = last && endsTheDraft(model, last.end) ? lastSentenceEnd(last.text) : Infinity;
    for (const quote of open) if (!(quote.paragraph === paragraphs.length - 1 && quote.at > lastStop)) quote.report();
    // Markdown reads a comment left open to the end of the draft.
    for (const comment of model.comments) {
      if (comment.value.includes('-->')) continue;
      context.report({
        start: comment.start,
        end: comment.start + 4,
        message: 'Ghi chú «<!--» không có «-->» đóng lại: mọi nội dung sau nó bị bỏ qua khi kiểm tra và khi in.',
      });
    }
    // And a fence («```») left open: the rest of the draft is code, unchecked and printed as code.
    let contentEnd = model.text.length;
    while (contentEnd > 0 && /\s/u.test(model.text[contentEnd - 1]!)) contentEnd--;
    for (const span of model.excluded) {
      if (span.end < contentEnd) continue;
      const fence = FENCE_OPENING.exec(model.text.slice(span.start, span.start + 16))?.[1];
      if (!fence || closesFence(model.text.slice(span.start, span.end), fence)) continue;
      // Still being typed when nothing follows the opening line.
      if (endsTheDraft(model, lineEndOf(model.text, span.start))) continue;
      context.report({
        start: span.start,
        end: span.start + fence.length,
        message: `Khối mã «${fence}» không có dòng «${fence}» đóng lại: mọi nội dung sau nó bị bỏ qua khi kiểm tra và in thành mã.`,
      });
    }
  },
};

const FENCE_OPENING = /^(`{3,}|~{3,})/u;

/** Whether the fenced block's last line closes it (a fence of the same character, at least as long). */
function closesFence(block: string, fence: string): boolean {
  const lines = block.trimEnd().split('\n');
  if (lines.length < 2) return false;
  const last = lines[lines.length - 1]!.trim();
  return last.length >= fence.length && [...last].every((char) => char === fence[0]);
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** Where the last sentence of a text ends (its last «.», «!», «?», «;» or «:»), or -1. */
function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if ('.!?;:'.includes(text[i]!)) return i;
  return -1;
}

interface Unpaired {
  at: number;
  message: string;
  /** A curly quote, which may pair with one in another paragraph. */
  kind?: 'quote-open' | 'quote-close';
  /** The mark that pairs it, when certain («“…"» closes with «”»). */
  replacement?: string;
}

/** The quotes and parentheses of a paragraph's text left unpaired, in the order they are reported. */
function unbalanced(paragraph: string): Unpaired[] {
  const found: Unpaired[] = [];
  // Without a ")" no inline marker can match: skip the pass.
  const text = paragraph.includes(')') ? paragraph.replace(INLINE_MARKER, (_, before: string, marker: string) => before + ' '.repeat(marker.length)) : paragraph;
  for (const [open, close] of PAIRS) {
    const quote = open === '“';
    const stack: number[] = [];
    // Most paragraphs have no quote: each search for the next mark skips the text between them.
    let nextOpen = text.indexOf(open);
    let nextClose = text.indexOf(close);
    while (nextOpen >= 0 || nextClose >= 0) {
      if (nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose)) {
        stack.push(nextOpen);
        nextOpen = text.indexOf(open, nextOpen + 1);
        continue;
      }
      if (stack.length > 0) stack.pop();
      else if (quote || !NAMED_MARKER.test(text.slice(Math.max(0, nextClose - 4), nextClose))) {
        found.push({ at: nextClose, message: `Thừa dấu «${close}»: không có «${open}» tương ứng trong đoạn.`, ...(quote && { kind: 'quote-close' as const }) });
      }
      nextClose = text.indexOf(close, nextClose + 1);
    }
    for (const at of stack) found.push({ at, message: `Thiếu dấu «${close}»: dấu «${open}» mở ra mà không đóng lại trong đoạn.`, ...(quote && { kind: 'quote-open' as const }) });
  }
  let straight = 0;
  let last = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    straight++;
    last = i;
  }
  if (straight % 2 === 1) {
    // «“Ứng dụng … Quảng Ngãi"»: the one «“» left open, and the one lone «"» after it, are one pair of two kinds.
    const opened = found.filter((mark) => mark.kind === 'quote-open');
    if (straight === 1 && opened.length === 1 && opened[0]!.at < last) {
      found.splice(found.indexOf(opened[0]!), 1);
      found.push({ at: last, message: 'Sai dấu ngoặc kép: «“» mở ra được đóng bằng «"», cần «”».', replacement: '”' });
    } else found.push({ at: last, message: 'Thiếu dấu ngoặc kép: số dấu «"» trong đoạn là số lẻ.' });
  }
  return found;
}
