/**
 * Reads one draft into what the workspace index keeps of it: its citations (from the model that check()
 * built, or parsed here) and its own number, with places in the draft as given.
 */
import { citationsOf, sourceOf } from '../citations/index';
import type { Citation } from '../citations/types';
import { parseNotice } from '../model/parse';
import type { NoticeModel } from '../model/types';
import type { Registry } from '../registry/registry';
import { detached } from '../text/chars';
import { isValidDate } from '../text/dates';
import { LineIndex } from '../text/lines';
import { foldVietnamese } from '../text/fold';
import { normalizeNfc } from '../text/normalize';
import type { IndexedDraft, Mention, Place } from './types';

/** A model already built for this text (check()'s), so that nothing is parsed twice. */
export interface Parsed {
  model: NoticeModel;
  toSource(offset: number): number;
  /** The lines of the draft as given, when the caller has them already. */
  lines?: LineIndex;
}

export function indexDraft(uri: string, text: string, registry: Registry, parsed?: Parsed): IndexedDraft {
  const { model, toSource, lines = new LineIndex(text) } = parsed ?? parseText(text);
  const place = (start: number, end: number): Place => {
    const from = toSource(start);
    const to = toSource(end);
    return { uri, start: from, end: to, range: { start: lines.positionAt(from), end: lines.positionAt(to) } };
  };
  const footnoteOf = new Map(model.footnotes.map((note) => [note.content, note]));
  const locality = localityOf(model);
  const citations = citationsOf(model, registry).map((citation) => mention(citation, place, footnoteOf.get(citation.paragraph)?.label, model, registry));
  const own = ownMention(model, place);
  if (locality) for (const found of own ? [own, ...citations] : citations) found.locality = locality;
  const draft: IndexedDraft = { uri, citations };
  if (own) draft.own = own;
  const issued = model.header.placeDate?.date;
  if (issued && isValidDate(issued.year.value, issued.month.value, issued.day.value)) {
    draft.issued = { day: issued.day.value, month: issued.month.value, year: issued.year.value };
  }
  return draft;
}

/** The place name of the draft's header, folded («Gia Lai, ngày …» → «gia lai»), if it has one. */
export function localityOf(model: NoticeModel): string | undefined {
  const place = model.header.placeDate?.place?.text;
  return place ? detached(foldVietnamese(place)) : undefined;
}

function parseText(text: string): Parsed {
  const normalized = normalizeNfc(text);
  return { model: parseNotice(normalized.text), toSource: normalized.toSource };
}

type PlaceOf = (start: number, end: number) => Place;

function mention(citation: Citation, place: PlaceOf, footnote: string | undefined, model: NoticeModel, registry: Registry): Mention {
  const at = (offset: number) => sourceOf(citation, offset);
  const { identifier, date, issuerWords, subject, typeName } = citation;
  const identifierPlace = place(at(identifier.start), at(identifier.end));
  const found: Mention = {
    key: detached(identifier.key),
    place: identifierPlace,
    whole: place(at(citation.start), at(citation.end)),
    line: identifierPlace.range.start.line,
    lead: detached(citation.paragraph.text.slice(Math.max(0, citation.start - 120), citation.start)),
  };
  const type = typeName?.type?.name ?? typeName?.text ?? registry.typeByCode(identifier.typeCode?.text ?? '')?.name;
  if (type) found.typeName = detached(type);
  if (date && isValidDate(date.year, date.month, date.day)) {
    found.date = { day: date.day, month: date.month, year: date.year, text: detached(date.value.text), place: place(at(date.value.start), at(date.value.end)) };
  }
  if (issuerWords) found.issuer = { text: detached(issuerWords.text), place: place(at(issuerWords.start), at(issuerWords.end)) };
  if (subject) found.subject = detached(subject.text);
  if (footnote !== undefined) found.footnote = detached(footnote);
  // "… số 1719/SKHCN-VP ngày 27/9/2025¹": a footnote marker right after what the citation reads.
  const end = at(citation.end);
  const start = at(citation.start);
  const note = model.footnotes.find((candidate) => candidate.references.some((ref) => ref.start >= start && ref.start <= end + 3));
  if (note) found.footnoteRef = place(note.start, note.end);
  return found;
}

/** "Số: 105/TB-UBND" with the header's date and agency: the draft is that document. */
function ownMention(model: NoticeModel, place: PlaceOf): Mention | undefined {
  const field = model.header.number;
  if (!field?.number || !field.symbol) return undefined;
  const key = detached(`${field.number.text}${field.party ? '-' : '/'}${field.symbol.text}`.replace(/\s+/g, ''));
  const own: Mention = { key, place: place(field.number.start, field.symbol.end), whole: place(field.start, field.end), line: 0, lead: '', own: true };
  own.line = own.place.range.start.line;
  const title = model.title?.text;
  if (title) own.typeName = detached(title.charAt(0) + title.slice(1).toLocaleLowerCase('vi'));
  const issued = model.header.placeDate?.date;
  if (issued && isValidDate(issued.year.value, issued.month.value, issued.day.value)) {
    own.date = { day: issued.day.value, month: issued.month.value, year: issued.year.value, text: detached(model.text.slice(issued.day.start, issued.year.end)), place: place(issued.day.start, issued.year.end) };
  }
  const agency = model.header.issuingAgency;
  if (agency) own.issuer = { text: detached(agency.text.replace(/\s+/g, ' ')), place: place(agency.start, agency.end) };
  if (model.summary) own.subject = detached(model.summary.text);
  return own;
}
