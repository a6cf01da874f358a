/**
 * Lists of phrases of the registry (place names, misspellings) found in prose: one case-insensitive pattern,
 * whole words only, any run of white space between words (a PDF line break included), longest phrase first.
 */

/** The phrases of a list, each with the value it stands for, looked up by what the text matched. */
export interface PhraseTable {
  pattern?: RegExp;
  /** phraseKey(phrase) → value. */
  byKey: Map<string, string>;
}

export function phraseTable(entries: Iterable<readonly [phrase: string, value: string]>): PhraseTable {
  const byKey = new Map<string, string>();
  const phrases: string[] = [];
  for (const [phrase, value] of entries) {
    byKey.set(phraseKey(phrase), value);
    phrases.push(phrase);
  }
  return { byKey, pattern: phrasePattern(phrases) };
}

/** A table built once per owner (a registry): the rules look it up on every check. */
export function cachedPhraseTable<T extends object>(cache: WeakMap<T, PhraseTable>, owner: T, entries: (owner: T) => Iterable<readonly [string, string]>): PhraseTable {
  let table = cache.get(owner);
  if (!table) {
    table = phraseTable(entries(owner));
    cache.set(owner, table);
  }
  return table;
}

function phrasePattern(phrases: Iterable<string>): RegExp | undefined {
  const words = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((phrase) => phrase.split(/\s+/u).map(escape).join('\\s+'));
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

/** The key a phrase is matched by: lower case, single spaces. */
export function phraseKey(text: string): string {
  return text.toLocaleLowerCase('vi').split(/\s+/u).join(' ');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
