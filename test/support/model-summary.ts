/**
 * A readable, stable picture of a NoticeModel for snapshot tests: every part with its text and its
 * line:column range, so that a reviewer can check the model of a seed against the seed itself.
 */
import { LineIndex } from '../../server/src/core/text/lines';
import type { BodyNode, Field, NoticeModel, Span } from '../../server/src/core/model/types';

export function summarizeModel(model: NoticeModel): unknown {
  const index = new LineIndex(model.text);
  const at = (span: Span): string => {
    const s = index.positionAt(span.start);
    const e = index.positionAt(span.end);
    return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
  };
  const field = (f: Field | undefined) => (f ? `${at(f)} ${f.text}` : undefined);
  const clip = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}...` : text);
  const node = (n: BodyNode): unknown => {
    const line = `${at(n.paragraph)} ${n.marker ? `[${n.marker.kind} ${n.marker.text}] ` : ''}${clip(n.paragraph.text)}`;
    return n.children.length > 0 ? { [line]: n.children.map(node) } : line;
  };
  const header = model.header;
  return {
    frontMatter: model.frontMatter ? at(model.frontMatter) : undefined,
    header: {
      parentAgency: field(header.parentAgency),
      issuingAgency: field(header.issuingAgency),
      nationalTitle: field(header.nationalTitle),
      motto: field(header.motto),
      number: header.number && {
        field: field(header.number),
        number: field(header.number.number),
        groups: header.number.groups.map((g) => g.text),
      },
      placeDate: header.placeDate && {
        field: field(header.placeDate),
        place: field(header.placeDate.place),
        date: header.placeDate.date && `${at(header.placeDate.date)} ${header.placeDate.date.day.text}/${header.placeDate.date.month.text}/${header.placeDate.date.year.text}`,
      },
    },
    title: field(model.title),
    summary: model.summary && `${at(model.summary)} ${model.summary.text}`,
    body: model.body.map(node),
    closings: model.closings.map(at),
    footnotes: model.footnotes.map((f) => ({
      label: f.label,
      origin: f.origin,
      at: at(f),
      text: clip(f.text),
      references: f.references.map(at),
    })),
    recipients: model.recipients && { label: field(model.recipients.label), entries: model.recipients.entries.map(field) },
    signature: model.signature.map((line) => `${line.kind}: ${field(line)}`),
    dates: model.dates.map((d) => `${at(d)} ${model.text.slice(d.start, d.end).replace(/\s+/g, ' ')}`),
  };
}
