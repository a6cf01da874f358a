/**
 * Vietnamese-aware matching of what a drafter typed against a name: without diacritics ("quan ly khoa
 * hoc"), by the initials of its words ("qlkh"), by a code ("QLKH&ĐMST") or by the start of any word.
 */
import { foldVietnamese } from '../text/fold';

/** A rank: lower is better; undefined when the query does not match at all. */
export type MatchRank = number | undefined;

/** Ranks `query` against each of `keys` (a name, its abbreviations, its code) and keeps the best. */
export function matchRank(query: string, keys: readonly string[]): MatchRank {
  const folded = foldVietnamese(query);
  if (folded === '') return 0;
  let best: MatchRank;
  for (const key of keys) {
    const rank = rankOne(folded, foldVietnamese(key));
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

function rankOne(query: string, key: string): MatchRank {
  if (key.startsWith(query)) return 1;
  const words = key.split(/[\s,()–-]+/u).filter(Boolean);
  // Every word of the query begins a word of the key, in order: "ql khoa" finds "quản lý khoa học".
  if (wordsInOrder(query.split(' '), words)) return 2;
  // Initials from any word on: "qlkh" finds "Phòng Quản lý Khoa học …" (q-l-k-h).
  const compact = query.replace(/\s+/g, '');
  const initials = words.map((word) => word[0]).join('');
  for (let from = 0; from < words.length; from++) if (initials.startsWith(compact, from)) return from === 0 ? 3 : 4;
  if (key.includes(query)) return 5;
  return undefined;
}

function wordsInOrder(queryWords: string[], words: string[]): boolean {
  let at = 0;
  for (const queryWord of queryWords) {
    while (at < words.length && !words[at]!.startsWith(queryWord)) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}

/** Sort key of a completion: match rank first, then the order the items were listed in. */
export function sortKey(rank: number, index: number): string {
  return `${String(rank).padStart(2, '0')}-${String(index).padStart(4, '0')}`;
}
