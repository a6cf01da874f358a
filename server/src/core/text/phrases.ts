/**
 * One case-insensitive pattern for a list of phrases of the registry (place names, misspellings): whole words
 * only, any run of white space between words (a PDF line break included), longest phrase first.
 */
export function phrasePattern(phrases: Iterable<string>): RegExp | undefined {
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
