/**
 * When two places disagree about a document: its date (day, month and year, however written) or its
 * issuer in words. Issuers are compared loosely, so that only a real contradiction is reported: "UBND
 * tỉnh" and "Ủy ban nhân dân tỉnh Quảng Ngãi" agree (one says less), "UBND tỉnh Quảng Ngãi" and "UBND
 * tỉnh Kon Tum" do not.
 */
import type { Registry } from '../registry/registry';
import type { KnownDocument } from '../registry/types';
import type { Mention } from './types';
import { parseIsoDate } from '../text/dates';
import { foldVietnamese } from '../text/fold';

export interface DayMonthYear {
  day: number;
  month: number;
  year: number;
}

export function sameDay(a: DayMonthYear, b: DayMonthYear): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

/**
 * Whether two dates can be one document's, cited under `key`: always when its number carries the year
 * («25/2018/QĐ-UBND»); otherwise only within one year, since documents are numbered from 1 each year (NĐ
 * 30/2020/NĐ-CP, Điều 15 khoản 1): «1724/SKHCN-VP» of 2025 and of 2026 are two documents.
 */
export function mayBeSameDocument(key: string, a: DayMonthYear, b: DayMonthYear): boolean {
  return YEAR_IN_NUMBER.test(key) || a.year === b.year;
}

const YEAR_IN_NUMBER = /^\d+\/\d{4}\//;

/** The registry's "2018-09-12" as a date, when it is one. */
export function knownDate(document: KnownDocument | undefined, which: 'date' | 'effective' = 'date'): DayMonthYear | undefined {
  return parseIsoDate(document?.[which]);
}

/** "12/9/2018": the short form, as the drafts mostly write it. */
export function formatDay(date: DayMonthYear): string {
  return `${date.day}/${date.month}/${date.year}`;
}

/** The short form written as `written` is («05/3/2021»: the day with its 0, the month without). */
export function formatDayLike(date: DayMonthYear, written: string): string {
  const [day, month] = written.split('/');
  const pad = (value: number, as: string | undefined) => (as?.length === 2 && value < 10 ? `0${value}` : String(value));
  return `${pad(date.day, day)}/${pad(date.month, month)}/${date.year}`;
}

/** The registry's abbreviations as one pattern (one compile, one pass) and their long forms, all folded. */
const expansions = new WeakMap<Registry, { pattern: RegExp; long: Map<string, string> }>();

const wordsOf = new WeakMap<Registry, Map<string, string[]>>();

/** The issuer's words folded, without a head's title, with common abbreviations written out ("UBND" → "uy ban nhan dan"). */
function issuerWords(text: string, registry: Registry): string[] {
  // A workspace writes the same few issuers thousands of times: fold each once.
  let known = wordsOf.get(registry);
  if (!known || known.size > 10_000) wordsOf.set(registry, (known = new Map()));
  let words = known.get(text);
  if (!words) known.set(text, (words = foldIssuer(text, registry)));
  return words;
}

function foldIssuer(text: string, registry: Registry): string[] {
  let table = expansions.get(registry);
  if (!table) {
    const pairs: [string, string][] = [
      ...registry.abbreviations.map((a): [string, string] => [a.short, a.long]),
      ['KH&CN', 'Khoa học và Công nghệ'],
      ['KHCN', 'Khoa học và Công nghệ'],
    ];
    const long = new Map<string, string>();
    for (const [short, written] of pairs) {
      const key = foldVietnamese(short);
      if (key && !long.has(key)) long.set(key, foldVietnamese(written));
    }
    const shorts = [...long.keys()].sort((a, b) => b.length - a.length).map(escape);
    table = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${shorts.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), long };
    expansions.set(registry, table);
  }
  const { pattern, long } = table;
  const folded = foldVietnamese(text).replace(HEAD, '').replace(pattern, (short) => long.get(short)!);
  return folded.split(/[^\p{L}\p{N}&]+/u).filter((word) => word.length > 0);
}

// "Công văn … của Chủ tịch UBND tỉnh" is the UBND's: its head signs for it. ("Thủ tướng" stays: /TTg is not /CP.)
const HEAD = /^(?:(?:pho )?chu tich|(?:pho )?giam doc|bo truong|thu truong|(?:pho )?truong ban|chanh van phong) /;

/** Two issuers agree when one names the other and perhaps more after it ("UBND tỉnh" ⊂ "UBND tỉnh Quảng Ngãi"). */
export function sameIssuer(a: string, b: string, registry: Registry): boolean {
  const x = issuerWords(a, registry);
  const y = issuerWords(b, registry);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word, i) => long[i] === word);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The mentions of one number, by document: a number without its year names another document each year, and
 * two places with other dates and other issuers name two («51/KH-UBND» of a tỉnh and of a xã), as the
 * cross-document rules read them (core/index/facts.ts). A place without a date goes with the first document.
 */
export function documentsUnder(key: string, mentions: Mention[], registry: Registry): Mention[][] {
  const documents: { date?: DayMonthYear; issuer?: string; mentions: Mention[] }[] = [];
  // The drafts that are the document come first: the document is theirs.
  for (const mention of [...mentions.filter((m) => m.own), ...mentions.filter((m) => !m.own)]) {
    const facts = { date: mention.date, issuer: mention.issuer?.text };
    const same = documents.find((document) => sameDocument(key, facts, document, registry));
    if (same) {
      same.mentions.push(mention);
      same.date ??= facts.date;
      same.issuer ??= facts.issuer;
    } else documents.push({ ...(facts.date && { date: facts.date }), ...(facts.issuer && { issuer: facts.issuer }), mentions: [mention] });
  }
  // In the order of the places, as one document's were.
  return documents.map((document) => {
    const own = new Set(document.mentions);
    return mentions.filter((mention) => own.has(mention));
  });
}

export type Facts = { date?: DayMonthYear | undefined; issuer?: string | undefined };

/** Whether two places may name one document: either has no date, or the same year and the same day or body. */
export function sameDocument(key: string, a: Facts, b: Facts, registry: Registry): boolean {
  if (!a.date || !b.date) return true;
  if (!mayBeSameDocument(key, a.date, b.date)) return false;
  return sameDay(a.date, b.date) || !a.issuer || !b.issuer || sameIssuer(a.issuer, b.issuer, registry);
}
