/**
 * The preview's HTML: the printed layout (server/src/export/layout.ts, the same one the Word file is
 * written from) as markup with one class per element, every block tagged with its source line, and the
 * characters that have findings wrapped in <mark>. Pure string building: no vscode, no DOM.
 */
import { parseNotice } from '../../../server/src/core/model/parse';
import { normalizeNfc } from '../../../server/src/core/text/normalize';
import { layoutNotice, type PrintBlock, type PrintDocument } from '../../../server/src/export/layout';
import { ROLE_STYLES, SIZE_SETS, type Role } from '../../../server/src/export/typography';

export type MarkSeverity = 'error' | 'warning' | 'info';

/** A finding to mark, in offsets of the draft as the editor holds it. */
export interface Mark {
  start: number;
  end: number;
  severity: MarkSeverity;
  message: string;
}

export interface Rendered {
  html: string;
  /** The counts shown above the page. */
  counts: Record<MarkSeverity, number>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/**
 * Renders a draft. `lineAt` turns an offset of the draft into its 0-based line (the editor's
 * positionAt), so that the preview can scroll with the editor and jump back to it.
 */
export function renderPreview(text: string, marks: Mark[], lineAt: (offset: number) => number): Rendered {
  const normalized = normalizeNfc(text);
  const doc = layoutNotice(parseNotice(normalized.text));
  const counts: Record<MarkSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const mark of marks) counts[mark.severity]++;
  const ctx: Context = { toSource: normalized.toSource, markAt: markIndex(marks, text.length), lineAt };
  return { html: page(doc, ctx), counts };
}

interface Context {
  toSource(offset: number): number;
  markAt(offset: number): Mark | undefined;
  lineAt(offset: number): number;
}

function page(doc: PrintDocument, ctx: Context): string {
  const parts: string[] = [];
  if (doc.agency.length + doc.national.length > 0 || doc.number || doc.placeDate) {
    parts.push(
      '<div class="tb-table tb-header">',
      `<div class="tb-cell">${doc.agency.map((b) => block(b, ctx)).join('')}</div>`,
      `<div class="tb-cell">${doc.national.map((b) => block(b, ctx)).join('')}</div>`,
      `<div class="tb-cell">${doc.number ? block(doc.number, ctx) : ''}</div>`,
      `<div class="tb-cell">${doc.placeDate ? block(doc.placeDate, ctx) : ''}</div>`,
      '</div>',
    );
  }
  if (doc.title) parts.push(block(doc.title, ctx));
  if (doc.summary) parts.push(block(doc.summary, ctx));
  parts.push(...doc.body.map((b) => (b.rows ? table(b, b.rows, ctx) : block(b, ctx))));
  if (doc.recipients.length + doc.signature.length > 0) {
    const signature = doc.signature.map((b) => (b.role === 'signer-name' ? '<div class="tb-signature-gap"></div>' : '') + block(b, ctx)).join('');
    parts.push('<div class="tb-table tb-footer">', `<div class="tb-cell">${doc.recipients.map((b) => block(b, ctx)).join('')}</div>`, `<div class="tb-cell">${signature}</div>`, '</div>');
  }
  if (doc.footnotes.length > 0) {
    parts.push('<div class="tb-footnotes">', ...doc.footnotes.map((note) => block(note.block, ctx, `<sup>${note.number}</sup> `)), '</div>');
  }
  return parts.join('');
}

function block(b: PrintBlock, ctx: Context, prefix = ''): string {
  const line = ctx.lineAt(ctx.toSource(b.span.start));
  const content = b.runs.map((run) => (run.footnote !== undefined ? `<sup class="tb-ref">${run.footnote}</sup>` : runHtml(run.text, run.start, ctx, run.bold, run.italic))).join('');
  return `<p class="tb tb-${b.role}" data-line="${line}">${prefix}${content || '&#8203;'}</p>`;
}

/** A table of the body, ruled as in the Word file; its cells are blocks like any other. */
function table(b: PrintBlock, rows: PrintBlock[][], ctx: Context): string {
  const line = ctx.lineAt(ctx.toSource(b.span.start));
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${block(cell, ctx)}</td>`).join('')}</tr>`).join('');
  return `<table class="tb-data" data-line="${line}">${body}</table>`;
}

/** A run's text, cut where marks begin and end. */
function runHtml(text: string, start: number, ctx: Context, bold?: boolean, italic?: boolean): string {
  let html = '';
  let piece = '';
  let pieceMark: Mark | undefined;
  const flush = () => {
    if (!piece) return;
    const escaped = escapeHtml(piece);
    html += pieceMark ? `<mark class="tb-${pieceMark.severity}" title="${escapeHtml(pieceMark.message)}">${escaped}</mark>` : escaped;
    piece = '';
  };
  for (let i = 0; i < text.length; i++) {
    const mark = ctx.markAt(ctx.toSource(start + i));
    if (mark !== pieceMark) {
      flush();
      pieceMark = mark;
    }
    piece += text[i];
  }
  flush();
  if (bold) html = `<b>${html}</b>`;
  if (italic) html = `<i>${html}</i>`;
  return html;
}

const RANK: Record<MarkSeverity, number> = { error: 3, warning: 2, info: 1 };

/**
 * For each offset of the draft, the gravest mark covering it (an empty range covers the character it
 * stands before): one pass over the marks, then a look-up per character.
 */
function markIndex(marks: Mark[], length: number): (offset: number) => Mark | undefined {
  const at = new Int32Array(length + 1).fill(-1);
  marks.forEach((mark, index) => {
    const start = Math.max(0, Math.min(mark.start, length));
    const end = Math.min(length + 1, mark.end > mark.start ? mark.end : start + 1);
    for (let offset = start; offset < end; offset++) {
      const current = at[offset]!;
      if (current < 0 || RANK[mark.severity] > RANK[marks[current]!.severity]) at[offset] = index;
    }
  });
  return (offset) => (offset >= 0 && offset <= length && at[offset]! >= 0 ? marks[at[offset]!] : undefined);
}

/** Sizes, weights and alignment per element for both size sets, from the same table as the Word file. */
export function roleCss(): string {
  const rules: string[] = [];
  for (const role of Object.keys(ROLE_STYLES) as Role[]) {
    const style = ROLE_STYLES[role];
    const common = [
      `text-align:${style.align}`,
      `font-weight:${style.bold ? 'bold' : 'normal'}`,
      `font-style:${style.italic ? 'italic' : 'normal'}`,
      `text-indent:${style.firstLineIndent ? '1cm' : '0'}`,
      `margin-top:${style.before ?? 0}pt`,
    ];
    rules.push(`.tb-${role}{${common.join(';')}}`);
    for (const set of SIZE_SETS) rules.push(`.tb-size-${set} .tb-${role}{font-size:${style.size[set]}pt}`);
  }
  return rules.join('\n');
}
