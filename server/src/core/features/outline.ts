/**
 * The shape of a notice for the editor: the outline (header, title, numbered sections by level, Nơi nhận,
 * signature), what can be folded, and the ranges a selection grows through. Pure, in model offsets.
 */
import type { BodyNode, NoticeModel, Span } from '../model/types';

export type OutlineKind = 'header' | 'field' | 'title' | 'section' | 'recipients' | 'signature';

export interface OutlineItem extends Span {
  kind: OutlineKind;
  name: string;
  detail?: string;
  /** The part to reveal when the item is picked (its first line). */
  selection: Span;
  children: OutlineItem[];
}

const SHORT = 60;

export function outline(model: NoticeModel): OutlineItem[] {
  const items: OutlineItem[] = [];
  const header = model.header;
  const fields: [string, Span | undefined][] = [
    ['Cơ quan chủ quản', header.parentAgency],
    ['Cơ quan ban hành', header.issuingAgency],
    ['Quốc hiệu', header.nationalTitle],
    ['Tiêu ngữ', header.motto],
    ['Số, ký hiệu', header.number],
    ['Địa danh, ngày tháng', header.placeDate],
  ];
  const present = fields.filter((entry): entry is [string, Span] => entry[1] !== undefined);
  if (present.length > 0) {
    const children = present.map(([name, span]) => leaf('field', name, span, model.text.slice(span.start, span.end)));
    items.push({ ...cover(children), kind: 'header', name: 'Phần đầu', selection: children[0]!.selection, children });
  }
  if (model.title) {
    const end = model.summary?.end ?? model.title.end;
    items.push({
      kind: 'title',
      name: model.title.text,
      ...(model.summary && { detail: shorten(model.summary.text) }),
      start: model.title.start,
      end,
      selection: { start: model.title.start, end: model.title.end },
      children: [],
    });
  }
  items.push(...sections(model.body));
  const recipients = model.recipients;
  if (recipients) {
    const last = recipients.entries.at(-1) ?? recipients.label;
    items.push({
      kind: 'recipients',
      name: 'Nơi nhận',
      detail: `${recipients.entries.length} dòng`,
      start: recipients.label.start,
      end: last.end,
      selection: { start: recipients.label.start, end: recipients.label.end },
      children: [],
    });
  }
  if (model.signature.length > 0) {
    const first = model.signature[0]!;
    const signer = model.signature.find((line) => line.kind === 'name');
    items.push({
      kind: 'signature',
      name: 'Chữ ký',
      detail: model.signature.filter((line) => line.kind !== 'name').map((line) => line.text).join(' / ') + (signer ? ` — ${signer.text}` : ''),
      ...cover(model.signature),
      selection: { start: first.start, end: first.end },
      children: [],
    });
  }
  return items;
}

/** Numbered parts of the body ("I.", "1.", "1.1.", "a)"), nested as the numbering nests them. */
function sections(nodes: BodyNode[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const node of nodes) {
    if (!node.marker || node.marker.rank > 4) {
      items.push(...sections(node.children));
      continue;
    }
    const paragraph = node.paragraph;
    const firstLine = paragraph.lines[0]!;
    const heading = paragraph.text.slice(node.marker.end - paragraph.start).trim();
    items.push({
      kind: 'section',
      name: `${node.marker.text} ${shorten(heading)}`.trim(),
      start: paragraph.start,
      end: endOf(node),
      selection: { start: firstLine.start, end: firstLine.end },
      children: sections(node.children),
    });
  }
  return items;
}

/** Where a node ends: after its last descendant. */
export function endOf(node: BodyNode): number {
  const last = node.children.at(-1);
  return last ? Math.max(node.paragraph.end, endOf(last)) : node.paragraph.end;
}

/** Foldable spans: the header, each section with more than its first line, Nơi nhận, the signature. */
export function foldingSpans(model: NoticeModel): Span[] {
  const spans: Span[] = [];
  const visit = (items: OutlineItem[]) => {
    for (const item of items) {
      if (item.kind !== 'field') spans.push({ start: item.start, end: item.end });
      visit(item.children);
    }
  };
  visit(outline(model));
  const body = bodyParagraphs(model.body);
  for (const paragraph of body) if (paragraph.lines.length > 1) spans.push({ start: paragraph.start, end: paragraph.end });
  return spans;
}

function bodyParagraphs(nodes: BodyNode[]): BodyNode['paragraph'][] {
  return nodes.flatMap((node) => [node.paragraph, ...bodyParagraphs(node.children)]);
}

/**
 * The spans a selection grows through from `offset`, innermost first: the word, the line, the paragraph,
 * each enclosing section, the zone (header, Nơi nhận, signature), the whole draft.
 */
export function selectionSpans(model: NoticeModel, offset: number): Span[] {
  const text = model.text;
  const spans: Span[] = [];
  const add = (span: Span | undefined) => {
    if (!span || span.start > offset || span.end < offset) return;
    const last = spans.at(-1);
    if (last && span.start === last.start && span.end === last.end) return;
    if (!last || (span.start <= last.start && span.end >= last.end)) spans.push(span);
  };
  const word = /[\p{L}\p{M}\p{N}&/-]+/gu;
  for (const match of text.slice(Math.max(0, offset - 100), offset + 100).matchAll(word)) {
    const start = Math.max(0, offset - 100) + match.index!;
    if (start <= offset && offset <= start + match[0].length) add({ start, end: start + match[0].length });
  }
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const lineEnd = text.slice(offset).search(/[\r\n]|$/) + offset;
  add(trimmed(text, lineStart, lineEnd));
  const chain: Span[] = [];
  const findIn = (nodes: BodyNode[]) => {
    for (const node of nodes) {
      if (node.paragraph.start <= offset && offset <= endOf(node)) {
        chain.unshift({ start: node.paragraph.start, end: endOf(node) });
        if (node.paragraph.end >= offset) chain.unshift({ start: node.paragraph.start, end: node.paragraph.end });
        findIn(node.children);
        return;
      }
    }
  };
  findIn(model.body);
  for (const span of chain.sort((a, b) => a.end - a.start - (b.end - b.start))) add(span);
  for (const item of outline(model)) {
    if (item.kind === 'section') continue;
    for (const child of item.children) add(child);
    add(item);
  }
  const firstBody = model.body[0];
  const lastBody = model.body.at(-1);
  if (firstBody && lastBody) add({ start: firstBody.paragraph.start, end: endOf(lastBody) });
  add({ start: 0, end: text.length });
  return spans;
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

function leaf(kind: OutlineKind, name: string, span: Span, detail: string): OutlineItem {
  return { kind, name, detail: shorten(detail.replace(/[*_]/g, '')), start: span.start, end: span.end, selection: { start: span.start, end: span.end }, children: [] };
}

function cover(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SHORT ? `${flat.slice(0, SHORT - 1)}…` : flat;
}
