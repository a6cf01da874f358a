/**
 * The workspace index: for every draft, the documents it cites and the document it is, kept per draft so
 * that one draft is updated or removed without touching the others. It answers where a document is cited,
 * what each place says of it, and which places contradict each other or the registry. Pure: the language
 * server and the command line feed it text; it never reads a file.
 */
import type { Registry } from '../registry/registry';
import { indexDraft, type Parsed } from './draft';
import { formatDay, knownDate, mayBeSameDocument, sameDay, sameIssuer, type DayMonthYear } from './facts';
import type { IndexedDraft, Mention } from './types';

/** What one place says of a document. */
export interface Facts {
  key: string;
  own?: boolean;
  date?: DayMonthYear;
  issuer?: { text: string };
  /** The citing draft's place name (Mention.locality). */
  locality?: string;
}

export interface Disagreement {
  kind: 'date' | 'issuer';
  /** What says otherwise: the registry's value, and the other drafts' places (that agree with it, if any). */
  against: { mentions: Mention[]; registry?: string };
}

/** The places of a document outside one draft, and what all of its places write, each value once. */
export interface Others {
  /** The places themselves, listed when first needed. */
  list(): Mention[];
  /** Every date and every issuer that a place of the document writes (the others' and perhaps more). */
  readonly written: Written;
}

interface Written {
  days: DayMonthYear[];
  issuers: string[];
}

export interface Contradiction extends Disagreement {
  key: string;
  /** The place that is contradicted. */
  mention: Mention;
}

export class CitationIndex {
  private readonly drafts = new Map<string, IndexedDraft>();
  /** key → the drafts that cite it or are it. */
  private readonly byKey = new Map<string, Set<string>>();
  /** key → mentions(key), built on demand. */
  private readonly mentionsByKey = new Map<string, Mention[]>();
  /** key → how many places write each date and each issuer, kept up to date draft by draft. */
  private readonly countsByKey = new Map<string, WrittenCounts>();

  /** Indexes a draft's text (again); returns the documents whose facts changed. */
  update(uri: string, text: string, registry: Registry, parsed?: Parsed): Set<string> {
    return this.put(indexDraft(uri, text, registry, parsed));
  }

  put(draft: IndexedDraft): Set<string> {
    const before = this.drafts.get(draft.uri);
    this.unlink(before);
    this.drafts.set(draft.uri, draft);
    for (const key of keysOf(draft)) {
      this.mentionsByKey.delete(key);
      let uris = this.byKey.get(key);
      if (!uris) this.byKey.set(key, (uris = new Set()));
      uris.add(draft.uri);
    }
    this.count(draft, 1);
    return changedKeys(before, draft);
  }

  /** Forgets a draft (deleted, or renamed: remove then update under the new name). */
  remove(uri: string): Set<string> {
    const before = this.drafts.get(uri);
    if (!before) return new Set();
    this.unlink(before);
    this.drafts.delete(uri);
    return changedKeys(before, undefined);
  }

  has(uri: string): boolean {
    return this.drafts.has(uri);
  }

  get(uri: string): IndexedDraft | undefined {
    return this.drafts.get(uri);
  }

  get size(): number {
    return this.drafts.size;
  }

  uris(): string[] {
    return [...this.drafts.keys()];
  }

  /** Every document cited or issued in the workspace, by identifier in natural order (9/… before 10/…). */
  keys(): string[] {
    return [...this.byKey.keys()].sort(byIdentifier);
  }

  /** Every place of a document: the drafts that are it first, then its citations, by draft and offset. */
  mentions(key: string, options: { except?: string } = {}): Mention[] {
    const all = this.places(key);
    return options.except === undefined ? [...all] : all.filter((mention) => mention.place.uri !== options.except);
  }

  /**
   * The places of a document outside the draft `except`, for `disagreements`. What they write comes from
   * counts kept per draft: opening the thousandth draft that cites a document does not read the other 999.
   */
  others(key: string, except: string): Others {
    let list: Mention[] | undefined;
    return { written: writtenFrom(this.countsByKey.get(key)), list: () => (list ??= this.mentions(key, { except })) };
  }

  // The list is kept per key until a draft citing it changes.
  private places(key: string): Mention[] {
    let all = this.mentionsByKey.get(key);
    if (!all) {
      const drafts = [...(this.byKey.get(key) ?? [])].sort().map((uri) => this.drafts.get(uri)!);
      const owners = drafts.flatMap((draft) => (draft.own?.key === key ? [draft.own] : []));
      const cited = drafts.flatMap((draft) => draft.citations.filter((mention) => mention.key === key));
      all = [...owners, ...cited];
      this.mentionsByKey.set(key, all);
    }
    return all;
  }

  /** Adds (1) or takes away (-1) what the draft's places write to the counts of their documents. */
  private count(draft: IndexedDraft, sign: 1 | -1): void {
    for (const mention of draft.own ? [draft.own, ...draft.citations] : draft.citations) {
      let counts = this.countsByKey.get(mention.key);
      if (!counts) this.countsByKey.set(mention.key, (counts = { days: new Map(), issuers: new Map() }));
      if (mention.date) tally(counts.days, formatDay(mention.date), mention.date, sign);
      if (mention.issuer) tally(counts.issuers, mention.issuer.text, mention.issuer.text, sign);
      if (counts.days.size === 0 && counts.issuers.size === 0) this.countsByKey.delete(mention.key);
    }
  }

  /** The drafts whose citations include one of `keys` (to check them again when those facts change). */
  citing(keys: Iterable<string>, options: { except?: string } = {}): string[] {
    const uris = new Set<string>();
    for (const key of keys) for (const uri of this.byKey.get(key) ?? []) if (uri !== options.except) uris.add(uri);
    return [...uris].sort();
  }

  /** Each place that another draft or the registry contradicts, for the whole workspace. */
  contradictions(registry: Registry): Contradiction[] {
    const found: Contradiction[] = [];
    for (const key of this.keys()) {
      for (const mention of this.mentions(key)) {
        for (const disagreement of disagreements(mention, this.others(key, mention.place.uri), registry)) found.push({ key, mention, ...disagreement });
      }
    }
    return found;
  }

  private unlink(draft: IndexedDraft | undefined): void {
    if (!draft) return;
    this.count(draft, -1);
    for (const key of keysOf(draft)) {
      this.mentionsByKey.delete(key);
      const uris = this.byKey.get(key);
      uris?.delete(draft.uri);
      if (uris?.size === 0) this.byKey.delete(key);
    }
  }
}

/**
 * What contradicts one place: the registry when it knows the fact (it is the reference; other drafts
 * that agree with it are shown beside), else the draft that is the document, else any other draft.
 */
/** A date that may be the one of a number with a year («70/2025/NĐ-CP»): of that year; any date else. */
function fitsNumber(key: string, date: DayMonthYear): boolean {
  const year = /^\d+\/(\d{4})\//u.exec(key)?.[1];
  return year === undefined || Number(year) === date.year;
}

export function disagreements(mention: Facts, others: Mention[] | Others, registry: Registry): Disagreement[] {
  const { list, written } = Array.isArray(others) ? { list: () => others, written: writtenBy(others) } : others;
  const found: Disagreement[] = [];
  const known = registry.document(mention.key);
  // A document cited a thousand times is mostly cited alike: when every value written anywhere agrees with
  // this place, no other place can differ, and the places need not be read one by one.
  const authority = () => list().find((other) => other.own && sameDocument(placeFacts(other)));
  const date = mention.date;
  const issuer = mention.issuer;
  // Places that may name another document under the same number are not compared: another year's (numbers
  // restart each year), or one whose date and issuer both differ (a code such as QĐ-UBND is that of every
  // UBND, of a tỉnh and of each xã alike).
  // Nor are places in drafts of two localities, when the code is a local body's: «97/KH-BVĐK» of the
  // hospital of Quảng Ngãi and that of Gia Lai are two documents.
  let local: boolean | undefined;
  const sameDocument = (other: { date?: DayMonthYear; issuer?: string; locality?: string }) => {
    if (mention.locality && other.locality && mention.locality !== other.locality && (local ??= isLocalCode(mention.key, registry))) return false;
    if (!date || !other.date) return true;
    if (!mayBeSameDocument(mention.key, date, other.date)) return false;
    return sameDay(date, other.date) || !issuer || !other.issuer || sameIssuer(issuer.text, other.issuer, registry);
  };
  const registryDate = knownDate(known);
  const registryApplies = !registryDate || sameDocument({ date: registryDate, ...(known?.issuer && { issuer: known.issuer }) });
  if (date) {
    if (registryDate) {
      if (registryApplies && !sameDay(date, registryDate)) {
        found.push({ kind: 'date', against: { registry: formatDay(registryDate), mentions: list().filter((other) => other.date && sameDay(other.date, registryDate)) } });
      }
    } else if (!written.days.every((day) => sameDay(day, date))) {
      const owner = authority();
      if (owner?.date && !mention.own) {
        if (sameDocument(placeFacts(owner)) && !sameDay(owner.date, date)) found.push({ kind: 'date', against: { mentions: [owner] } });
      } else {
        // Among drafts that cite it, the date most of them write is taken for the document's: a place with
        // the majority is not told it is wrong, the odd one out is. A date whose year is not the number's
        // (citation/year-mismatch) is no witness.
        const credible = list().filter((other) => other.date && sameDocument(placeFacts(other)) && fitsNumber(mention.key, other.date));
        const differing = credible.filter((other) => !sameDay(other.date!, date));
        const withMajority = owner === undefined && credible.length - differing.length + 1 > differing.length;
        if (differing.length > 0 && !withMajority) found.push({ kind: 'date', against: { mentions: differing } });
      }
    }
  }
  if (issuer && registryApplies) {
    if (known?.issuer) {
      if (!sameIssuer(issuer.text, known.issuer, registry)) {
        found.push({ kind: 'issuer', against: { registry: known.issuer, mentions: list().filter((other) => other.issuer && sameIssuer(other.issuer.text, known.issuer!, registry)) } });
      }
    } else if (!written.issuers.every((text) => sameIssuer(text, issuer.text, registry))) {
      const owner = authority();
      const reference = owner?.issuer && !mention.own ? [owner] : list().filter((other) => other.issuer && sameDocument(placeFacts(other)));
      const differing = reference.filter((other) => sameDocument(placeFacts(other)) && !sameIssuer(other.issuer!.text, issuer.text, registry));
      // As for the date: without the document's own notice, the majority of the drafts citing it is right.
      const withMajority = reference.length - differing.length + 1 > differing.length;
      if (differing.length > 0 && !(owner === undefined && withMajority)) found.push({ kind: 'issuer', against: { mentions: differing } });
    }
  }
  return found;
}

/** A place's date and issuer, as sameDocument compares them. */
function placeFacts(place: Mention): { date?: DayMonthYear; issuer?: string; locality?: string } {
  return { ...(place.date && { date: place.date }), ...(place.issuer && { issuer: place.issuer.text }), ...(place.locality && { locality: place.locality }) };
}

/**
 * Whether the code of `key` («97/KH-BVĐK», «336-KH/TU») may be that of a body of any province or commune: one
 * the registry does not know, or knows as a local one (a Sở, an UBND, a body of a tỉnh or xã).
 */
function isLocalCode(key: string, registry: Registry): boolean {
  const code = /[-/]([^-/]+)$/u.exec(key)?.[1];
  const agency = code ? registry.agency(code) : undefined;
  if (!agency) return true;
  return agency.parentHeaderName !== undefined || /^(?:Sở|Ban|Thanh tra tỉnh)\s/u.test(agency.name) || /(?<!\p{L})(?:tỉnh|xã|phường|huyện|thành phố)(?!\p{L})/iu.test(agency.fullName ?? agency.name);
}

/** Each date and issuer that the places write, once. */
function writtenBy(places: Mention[]): Written {
  const days = new Map<string, DayMonthYear>();
  const issuers = new Set<string>();
  for (const place of places) {
    if (place.date) days.set(formatDay(place.date), place.date);
    if (place.issuer) issuers.add(place.issuer.text);
  }
  return { days: [...days.values()], issuers: [...issuers] };
}

/** A value written at some places, and at how many. */
type Tally<T> = Map<string, { value: T; places: number }>;

interface WrittenCounts {
  days: Tally<DayMonthYear>;
  issuers: Tally<string>;
}

function tally<T>(counts: Tally<T>, key: string, value: T, sign: 1 | -1): void {
  const entry = counts.get(key);
  const places = (entry?.places ?? 0) + sign;
  if (places > 0) counts.set(key, { value: entry?.value ?? value, places });
  else counts.delete(key);
}

function writtenFrom(counts: WrittenCounts | undefined): Written {
  if (!counts) return { days: [], issuers: [] };
  return { days: [...counts.days.values()].map((entry) => entry.value), issuers: [...counts.issuers.keys()] };
}

// Made on first use: a collator costs 3 ms to make, and most runs (a one-file check) never sort identifiers.
let collator: Intl.Collator | undefined;
function byIdentifier(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function keysOf(draft: IndexedDraft): Set<string> {
  const keys = new Set(draft.citations.map((mention) => mention.key));
  if (draft.own) keys.add(draft.own.key);
  return keys;
}

/** Keys whose facts (date, issuer, subject, line, ownership) differ between two versions of a draft. */
function changedKeys(before: IndexedDraft | undefined, after: IndexedDraft | undefined): Set<string> {
  const a = signatures(before);
  const b = signatures(after);
  const changed = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) changed.add(key);
  return changed;
}

function signatures(draft: IndexedDraft | undefined): Map<string, string> {
  const result = new Map<string, string>();
  if (!draft) return result;
  for (const mention of [...(draft.own ? [draft.own] : []), ...draft.citations]) {
    const facts = [mention.own ? 'own' : '', mention.date?.text ?? '', mention.issuer?.text ?? '', mention.locality ?? '', mention.place.range.start.line, mention.place.range.start.character].join('\u0000');
    result.set(mention.key, `${result.get(mention.key) ?? ''}\u0001${facts}`);
  }
  return result;
}
