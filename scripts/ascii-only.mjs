// Makes a bundle ASCII-only, as esbuild's `charset: 'ascii'` does for strings but not for regular expression
// literals, where our Vietnamese patterns are. Node reads a UTF-8 file with a single non-ASCII character
// into a two-byte string: decoding the command line's bundle cost 10 ms of every start, and V8 then parses
// twice the bytes. Every non-ASCII character becomes \uXXXX (a surrogate pair for astral ones), which means
// the same in strings, templates, identifiers and patterns with or without the `u` flag. The source map's
// generated columns are moved by what each line grew.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const NON_ASCII = /(\\*)([^\x00-\x7f])/g;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const escape = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Rewrites `file` (and `file.map` when there is one) in place; nothing happens to an ASCII file. */
export function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(code)) return;
  const lines = code.split('\n');
  /** For each changed line, the [old column, growth so far] after each escaped character. */
  const growths = new Map();
  const rewritten = lines.map((line, index) => {
    if (!/[^\x00-\x7f]/.test(line)) return line;
    const steps = [];
    let grown = 0;
    const out = line.replace(NON_ASCII, (match, backslashes, unit, at) => {
      // An escaped character («\–», an identity escape) loses its backslash: «\\u2013» would be a backslash.
      const odd = backslashes.length % 2 === 1;
      const replaced = `${odd ? backslashes.slice(1) : backslashes}${escape(unit)}`;
      grown += replaced.length - match.length;
      steps.push([at + match.length, grown]);
      return replaced;
    });
    growths.set(index, steps);
    return out;
  });
  writeFileSync(file, rewritten.join('\n'));
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = shiftColumns(map.mappings, growths);
    writeFileSync(mapFile, JSON.stringify(map));
  }
}

/** Moves each segment's generated column (the first field, relative within its line) by its line's growth. */
function shiftColumns(mappings, growths) {
  return mappings
    .split(';')
    .map((line, index) => {
      const steps = growths.get(index);
      if (!steps || line === '') return line;
      let column = 0;
      let shiftedColumn = 0;
      return line
        .split(',')
        .map((segment) => {
          const [delta, length] = readVlq(segment, 0);
          column += delta;
          let growth = 0;
          for (const [after, grown] of steps) if (after <= column) growth = grown;
          const moved = column + growth;
          const written = writeVlq(moved - shiftedColumn) + segment.slice(length);
          shiftedColumn = moved;
          return written;
        })
        .join(',');
    })
    .join(';');
}

/** A base64 VLQ number at `at`, and how many characters it took. */
function readVlq(text, at) {
  let value = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const digit = BASE64.indexOf(text[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, i - at];
}

function writeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}
