/**
 * Inline HTML that can never close, and "]" that nothing opened, made inert before the Markdown parse. At every "<!--", "<?", "<![CDATA["
 * or "<!X" inside a paragraph micromark tries an inline comment, instruction, CDATA section or declaration
 * and reads on to the paragraph's end for its closing mark: many openers without one (a paste gone wrong, a
 * hostile file) took seconds, quadratic in their number. An opener inside a line with no closing mark before
 * the next blank line can only be text. One of its characters is swapped for a private-use character that
 * no Markdown construct reads, at the same offset, so every node keeps its place; `restore` gives back the
 * original characters in what is read from the tree. An opener at the start of a line (after indentation and
 * container marks) may begin an HTML block, which a blank line does not end: it is left alone.
 */

export interface GuardedText {
  text: string;
  /** A value read from the tree of `text` (a comment, a label, the front matter) as the draft has it. */
  restore(value: string): string;
}

// The inline HTML constructs micromark reads on to a closing mark: what opens each, what closes it (searched
// from `closerFrom` past the "<"), and which of its characters the stand-in replaces.
const KINDS = [
  { opens: (match: string) => match === '<!--', closer: '-->', closerFrom: 2, swap: 1 }, // "<!-->", "<!--->" close too
  { opens: (match: string) => match === '<?', closer: '?>', closerFrom: 1, swap: 1 },
  { opens: (match: string) => match === '<![CDATA[', closer: ']]>', closerFrom: 9, swap: 3 }, // not the "!": "![" opens an image
  { opens: (match: string) => /^<![A-Za-z]$/.test(match), closer: '>', closerFrom: 2, swap: 1 },
];
const OPENER = /<(?:!--|\?|!\[CDATA\[|![A-Za-z])/g;
const BLANK_LINE = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))/g;
// What may stand before an HTML block's opener on its line: indentation, block quote and list marks.
const LINE_PREFIX = /[ \t>*+\-.)0-9]/;

export function guardInlineHtml(text: string): GuardedText {
  const unchanged = { text, restore: (value: string) => value };
  const html = text.includes('<!') || text.includes('<?');
  if (!html && !text.includes(']')) return unchanged;
  const swaps = [...(html ? unclosableHtml(text) : []), ...unopenedBrackets(text)].sort((a, b) => a - b);
  if (swaps.length === 0) return unchanged;
  // One stand-in per character replaced ("!", "?", "C"), absent from the draft, so that restoring is exact.
  const originals = [...new Set(swaps.map((at) => text[at]!))];
  const standIns = unusedPrivateCharacters(text, originals.length);
  if (!standIns) return unchanged;
  const standInOf = new Map(originals.map((char, i) => [char, standIns[i]!]));
  const pieces: string[] = [];
  let last = 0;
  for (const at of swaps) {
    pieces.push(text.slice(last, at), standInOf.get(text[at]!)!);
    last = at + 1;
  }
  pieces.push(text.slice(last));
  return {
    text: pieces.join(''),
    restore: (value) => originals.reduce((restored, char) => restored.replaceAll(standInOf.get(char)!, char), value),
  };
}

/** Where the inline HTML openers that cannot close stand: the character of each to swap. */
function unclosableHtml(text: string): number[] {
  const nextBlank = nextBlankLine(text);
  const nextCloser = KINDS.map(({ closer }) => forward((at) => indexOrEnd(text, closer, at)));
  const startsLine = atLineStart(text);
  const swaps: number[] = [];
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(text); match; match = OPENER.exec(text)) {
    const at = match.index;
    OPENER.lastIndex = at + 1;
    const kind = KINDS.findIndex(({ opens }) => opens(match![0]));
    const { closerFrom, swap } = KINDS[kind]!;
    if (startsLine(at) || nextCloser[kind]!(at + closerFrom) < nextBlank(at)) continue;
    swaps.push(at + swap);
  }
  return swaps;
}

// What a GFM autolink literal reads a "]" for (where one may start or end): a paragraph with one of these
// keeps its brackets.
const AUTOLINK_LITERAL = /www|https?:|@|mailto:|xmpp:/i;

/**
 * The "]" that no "[" before it in the paragraph can be waiting for: text, whatever follows. At each "]"
 * the GFM footnote extension looks back through the paragraph's events for a label, so many of them took
 * quadratic time (128 KB of "]" took two and a half minutes). Counted conservatively: every "[" counts as
 * an opener (escaped, in code or not), and the count starts again only at a blank line.
 */
function unopenedBrackets(text: string): number[] {
  const swaps: number[] = [];
  const nextBlank = nextBlankLine(text);
  let regionStart = 0;
  let regionEnd = -1;
  let depth = 0;
  let literals: boolean | undefined;
  const nextOpen = forward((at) => indexOrEnd(text, '[', at));
  const nextClose = forward((at) => indexOrEnd(text, ']', at));
  const closesCdata = cdataCloserRuns(text);
  for (let at = Math.min(nextOpen(0), nextClose(0)); at < text.length; at = Math.min(nextOpen(at + 1), nextClose(at + 1))) {
    if (at >= regionEnd) {
      regionStart = Math.max(regionEnd, 0);
      regionEnd = nextBlank(at);
      depth = 0;
      literals = undefined;
    }
    if (text[at] === '[') depth++;
    else if (depth > 0) depth--;
    else if (!closesCdata(at) && !(literals ??= AUTOLINK_LITERAL.test(text.slice(regionStart, regionEnd)))) swaps.push(at);
  }
  return swaps;
}

/**
 * Whether the "]" at `at` is in a run of two or more before a ">": "]]>" ends a CDATA section (inline, or an
 * HTML block), and micromark reads the whole run «]]]]>» as it goes (a stand-in in it changed where a block
 * ended). Asked at increasing offsets: each run is read once.
 */
function cdataCloserRuns(text: string): (at: number) => boolean {
  let runEnd = -1;
  let closes = false;
  return (at) => {
    if (at >= runEnd) {
      let end = at;
      while (text[end] === ']') end++;
      closes = text[end] === '>' && (end - at >= 2 || text[at - 1] === ']');
      runEnd = end;
    }
    return closes;
  };
}

function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found < 0 ? text.length : found;
}

function nextBlankLine(text: string): (at: number) => number {
  return forward((at) => {
    BLANK_LINE.lastIndex = at;
    return BLANK_LINE.exec(text)?.index ?? text.length;
  });
}

/** `count` characters of the private use area that `text` does not contain, if found among the first few. */
function unusedPrivateCharacters(text: string, count: number): string[] | undefined {
  const found: string[] = [];
  for (let code = 0xe000; code < 0xe040 && found.length < count; code++) {
    const char = String.fromCharCode(code);
    if (!text.includes(char)) found.push(char);
  }
  return found.length === count ? found : undefined;
}

/**
 * A search for the first position at or after `at`, asked with positions that never decrease: the answer is
 * reused while it still lies ahead, so the questions of a whole scan cost one pass over the text.
 */
function forward(search: (at: number) => number): (at: number) => number {
  let answer = -1;
  return (at) => (at > answer ? (answer = search(at)) : answer);
}

/**
 * Whether only indentation and container marks stand before a position on its line, asked with positions
 * that never decrease: each line's end and the end of its marks are found once.
 */
function atLineStart(text: string): (at: number) => boolean {
  let start = 0;
  let end = -1;
  let marksEnd = 0;
  return (at) => {
    while (end < at) {
      if (end >= 0) start = end + 1;
      const feed = text.indexOf('\n', start);
      const ret = text.indexOf('\r', start);
      end = Math.min(feed < 0 ? text.length : feed, ret < 0 ? text.length : ret);
      marksEnd = start;
      while (marksEnd < end && LINE_PREFIX.test(text[marksEnd]!)) marksEnd++;
    }
    return at <= marksEnd;
  };
}
