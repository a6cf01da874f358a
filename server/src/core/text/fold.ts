/**
 * Vietnamese-aware folding for matching: lower case, without tone and vowel marks, đ → d. "Quản lý Khoa
 * học" and "quan ly khoa hoc" fold to the same key.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The single closest candidate within `limit` edits, or undefined when none or several tie. */
export function closest(word: string, candidates: Iterable<string>, limit = 1): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate === word) return candidate;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return bestDistance <= limit && !tie ? best : undefined;
}

/**
 * Words of equal length one substitution or one adjacent transposition apart (edit distance 1 at equal
 * length), found through shared keys instead of comparing every pair: linear in the number of words,
 * where pairwise comparison made a draft with thousands of abbreviations take seconds.
 */
export class OneEditIndex {
  /** Longer words are not codes; their keys would cost the square of their length. */
  static readonly MAX_LENGTH = 32;
  private readonly byKey = new Map<string, Set<string>>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word.length > OneEditIndex.MAX_LENGTH) return;
    for (const key of oneEditKeys(word)) {
      let words = this.byKey.get(key);
      if (!words) this.byKey.set(key, (words = new Set()));
      words.add(word);
    }
  }

  /** The indexed words exactly one edit from `word`, of its length. */
  near(word: string): Set<string> {
    const found = new Set<string>();
    if (word.length > OneEditIndex.MAX_LENGTH) return found;
    for (const key of oneEditKeys(word)) for (const other of this.byKey.get(key) ?? []) if (other !== word) found.add(other);
    return found;
  }
}

/**
 * Two words of equal length share a key when they differ at most in one position ("\0" marks it) or by
 * swapping two neighbours (the pair sorted after "\u0001").
 */
function oneEditKeys(word: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < word.length; i++) keys.push(`${word.slice(0, i)}\u0000${word.slice(i + 1)}`);
  for (let i = 0; i + 1 < word.length; i++) {
    const pair = word[i]! < word[i + 1]! ? word[i]! + word[i + 1]! : word[i + 1]! + word[i]!;
    keys.push(`${word.slice(0, i)}\u0001${pair}${word.slice(i + 2)}`);
  }
  return keys;
}
