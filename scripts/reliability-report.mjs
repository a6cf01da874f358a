// `npm run reliability-report`: writes docs/reliability.md from the figures the reliability tests recorded in
// out/reliability/*.json on their last run (run `npm test`, and `npm run fuzz` for the long run, first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const read = (name) => {
  const path = `out/reliability/${name}.json`;
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};
const fuzz = read('fuzz');
const fuzzLong = read('fuzz-long');
const linear = read('linear');
const load = read('lsp-load');
const missing = [['fuzz', fuzz], ['linear', linear], ['lsp-load', load]].filter(([, figures]) => !figures).map(([name]) => name);
if (missing.length > 0) {
  console.error(`No figures for ${missing.join(', ')} in out/reliability/: run \`npm run build && npx mocha out/test/core/fuzz.test.js out/test/core/linear.test.js && npx mocha out/test/lsp/load.test.js\` first.`);
  process.exit(2);
}

const number = (value) => Number(value).toLocaleString('en');
const day = (figures) => figures.recordedAt.slice(0, 10);
const fuzzRows = (figures) => Object.entries(figures.tried).map(([name, count]) => `| ${name} | ${number(count)} |`).join('\n');
const ratios = Object.values(linear.cases).map((c) => c.ratio);

const text = `# Reliability and safety

What the product promises — the checker never crashes, never hangs, never loses a drafter's text — and the
tests that hold it to that promise. The figures below come from the last run of those tests
(\`npm run reliability-report\` rewrites this page from \`out/reliability/*.json\`).

## Any input: no exception, exact ranges, safe fixes

\`test/core/fuzz.test.ts\` generates drafts with [fast-check](https://fast-check.dev) and, for every one of
them, requires that \`check()\` throws nothing and no rule fails; that every finding, related place and fix
edit lies inside the draft and never between the two halves of a surrogate pair; that every fix applies on
its own and its result checks cleanly; and that fixing everything twice gives the same text as fixing once.

Inputs: arbitrary Unicode (every code point, lone surrogates, combining marks, zero-width characters, bidi
marks, emoji), notice-like token soup in NFC, NFD and mixed forms, and mutations of the five seed notices and
the two examples (lines deleted, swapped, duplicated, decomposed, characters changed). CI uses fixed seeds;
\`npm run fuzz [-- MULTIPLIER]\` runs the same properties with random seeds and MULTIPLIER× the inputs
(100 by default) and prints the seed of any failure.

Inputs tried on ${day(fuzz)} (CI seeds): **${number(fuzz.total)}**, ${fuzz.failed?.length ? `failing: ${fuzz.failed.join('; ')}` : 'none failing'}.

| generator | inputs |
| --- | --- |
${fuzzRows(fuzz)}
${fuzzLong ? `\nLong run on ${day(fuzzLong)} (random seeds, ×${fuzzLong.multiplier}): **${number(fuzzLong.total)}** inputs, ${fuzzLong.failed?.length ? `failing: ${fuzzLong.failed.join('; ')}` : 'none failing'}.\n` : ''}
Defects these tests found and that are fixed, each with a regression fixture under \`test/fixtures/rules/\`
or a regression test: a recipient written on the «Nơi nhận» line without a bullet crashed
\`recipients/entries\`; a wide gap inside the label («Nơi     nhận:») crashed the parser; a missing «./.» or
footnote period after an emoji, and a lower-case letter outside the BMP starting the trích yếu, were reported
on half a character; an empty recipient line («- ») and a «./.» followed by a line of emphasis marks had fixes
that changed the text again on every run; \`applyFixes\` could apply a fix whose edits came out of order over
another fix.

## No input makes it slow

\`test/core/linear.test.ts\` checks ${Object.keys(linear.cases).length} adversarial drafts aimed at the regular
expressions and loops — runs of digits, slashes, dashes and spaces, «số số số …», a 200,000-character line,
100,000 lines of «- ;», deep numbering, thousands of citations, abbreviations and footnotes — at two sizes,
and requires that ${linear.growth}× the input take less than ${linear.maxRatio}× the time (a ratio, never a
time: the machine is shared). On ${day(linear)} the ratios ranged from ${Math.min(...ratios)} to
${Math.max(...ratios)}.

Fixed on the way: a run of digits (the identifier pattern was tried from every digit), spaces after a punctuation mark (a
look-behind over \`\\s+\`), a line of spaces (an ambiguous separator pattern), long paragraphs (text re-read
for every line) and many abbreviations (compared pair by pair, now looked up by one-edit keys) all took
quadratic time; a draft of 40,000 digits took over 10 seconds. The Markdown parser itself (micromark) is
quadratic on unmatched emphasis marks and on inline comments, instructions or declarations that never close
(24 KB of «*a_» took 10 s, 400 KB of «[^» and «<!--» 94 s): the Markdown pass does not read emphasis, which
never hides a comment or a footnote, and makes such openers inert at the same offsets
(\`server/src/core/model/markdown-guard.ts\`; a property test holds the facts equal to the stock parse).
Two more were quadratic in the number of brackets in one paragraph: at each «]» the GFM footnote extension
looks back through the paragraph for a label (128 KB of «]» took two and a half minutes), and micromark
merges adjacent text events with one splice per run (192 KB of «[a]» took 26 s). A «]» that no «[» before
it in the paragraph opened is made inert like the HTML openers (not in a paragraph where a GFM autolink
literal may read it, nor in «]]>»), and the build swaps micromark's merge for a one-pass version
(\`scripts/micromark-linear.mjs\`, \`server/src/core/model/micromark-merge.ts\`; a property test holds it equal to
micromark's own on random events, and the build fails if micromark's code changes). Now: 0.05 s and 1.4 s.

## The language server under load

\`test/lsp/load.test.ts\` drives the real server over stdio: ${number(load.documentsPerCycle)} drafts open,
${number(load.editsPerCycle)} incremental edits in bursts, code actions of which most are cancelled at once,
configuration changes and renames (close and reopen under a new uri) — and all of that twice. The server must
stay up, log no error, and publish for every draft exactly the findings of a fresh \`check()\` of its final
text; then it must not hold more memory after the second load than after the first.

On ${day(load)} (seed ${load.seed}): ${number(load.cycles * load.editsPerCycle)} edits survived,
${number(load.codeActions)} code actions (${number(load.cancelled)} cancelled), ${number(load.renames)} renames.
Resident memory: **${load.rssStartMB} MB** at the start, ${load.rssPeakMB} MB at the peak,
**${load.rssAfterFirstCloseMB} MB** after the first load closed, **${load.rssAfterSecondCloseMB} MB** after the
second. The server runs one full garbage collection a second after the last draft closes; V8 keeps part of
its grown heap reserved, which is why resident memory settles above the start. What the server really holds —
the heap in use after a full collection, which the test compares — is **${load.heapStartMB} MB** at the start,
**${load.heapAfterFirstCloseMB} MB** after the first load and **${load.heapAfterSecondCloseMB} MB** after the
second: it does not grow from one load to the next.

In the real editor (\`test/editor/suite/restart.test.ts\`), killing the server process brings it back — the
client restarts it — and a date typed afterwards is checked by the new server.

## Bad files on the command line

Tested in \`test/cli/\`: UTF-8 with and without BOM, UTF-16 LE and BE with BOM, CRLF and mixed line endings
(kept byte for byte by \`thongbao fix\`), invalid UTF-8 (a clear message, nothing written), an empty file, a
directory, an unreadable file, a pipe or a device (refused at once instead of read forever), a file over
64 MB (refused before reading), and a file that changed on disk between reading and writing (left alone).
\`fix\` writes through a temporary file and a rename, keeping the file's mode.

## Safety

- Workspace files are only data: drafts are text, \`.thongbao.yaml\` is parsed by \`yaml\` without custom tags
  (\`!!js/function\` is a plain string, then a schema error) and checked against a JSON schema; a file over
  1,000,000 characters is refused before it is read, and alias expansion is capped, so a "billion laughs"
  file is a diagnostic in that file, not a hang.
- No network and no programs started: the command line and the language server are run in the tests with
  the network, DNS, \`fetch\` and \`child_process\` replaced by traps (\`test/support/forbid-network.cjs\`).
- Nothing outside the workspace folders: a draft inside a folder uses the nearest \`.thongbao.yaml\` up to that
  folder; a draft outside every folder only the one in its own folder. Diagnostics link only to the
  extension's own rule pages and to the draft itself. (The command line, which has no workspace, looks in the
  draft's folder and the folders above it.)
- The extension declares untrusted workspaces supported (nothing from the workspace is executed) and virtual
  workspaces unsupported (the server reads files on disk).
`;

writeFileSync('docs/reliability.md', text);
console.log('docs/reliability.md written.');
