// Checks that every snippet in snippets/thongbao.code-snippets expands to text that is correct per the
// rulebook (shared/spec/format-rules.md): R02 Quốc hiệu/Tiêu ngữ, R04 số và ký hiệu, R05 địa danh và ngày
// (for every month, so the CURRENT_MONTH transform is exercised), R07 numbering, R11 signature blocks,
// R13 Nơi nhận, R15 "./.". When the CLI is built (dist/), the expansions are also run through
// `thongbao check` and must give no finding at all.
//
// Run: node --test test/grammar/snippets.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'thongbao.code-snippets'), 'utf8'));
const byPrefix = Object.fromEntries(Object.values(snippets).map((s) => [s.prefix, s]));

// ---- a small expander with VS Code's snippet semantics ------------------------------------------
// Tab stops $1 ${1} ${1:default} ${1|a,b|}, mirrors, variables $VAR ${VAR} ${VAR:default}
// ${VAR/regex/format/options}, escapes \$ \} \\ (and \, \| inside choices). `picks` chooses an option
// or a value per tab stop: { 4: 'III' } or { 1: 1 } (index of the option).
export function expand(body, variables, picks = {}) {
  const text = Array.isArray(body) ? body.join('\n') : body;
  let pos = 0;
  const values = new Map();

  function parseUntil(stop) {
    const parts = [];
    while (pos < text.length && !stop(text[pos])) {
      const ch = text[pos];
      if (ch === '\\' && '$}\\'.includes(text[pos + 1] ?? '')) {
        parts.push(text[pos + 1]);
        pos += 2;
      } else if (ch === '$') {
        parts.push(parseDollar());
      } else {
        parts.push(ch);
        pos++;
      }
    }
    return parts;
  }

  function parseDollar() {
    pos++; // $
    let m = /^(\d+)/.exec(text.slice(pos));
    if (m) {
      pos += m[1].length;
      return { tabstop: Number(m[1]) };
    }
    m = /^([A-Za-z_][A-Za-z_0-9]*)/.exec(text.slice(pos));
    if (m) {
      pos += m[1].length;
      return { variable: m[1] };
    }
    assert.equal(text[pos], '{', `unexpected "$" at ${pos}: ${text.slice(pos - 1, pos + 20)}`);
    pos++;
    m = /^(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(text.slice(pos));
    assert.ok(m, `bad \${ at ${pos}`);
    pos += m[1].length;
    const node = /^\d/.test(m[1]) ? { tabstop: Number(m[1]) } : { variable: m[1] };
    const next = text[pos++];
    if (next === '}') return node;
    if (next === ':') {
      node.children = parseUntil((c) => c === '}');
      pos++;
      return node;
    }
    if (next === '|') {
      const options = [];
      let current = '';
      while (!(text[pos] === '|' && text[pos + 1] === '}')) {
        assert.ok(pos < text.length, 'unterminated choice');
        if (text[pos] === '\\' && ',|\\'.includes(text[pos + 1])) {
          current += text[pos + 1];
          pos += 2;
        } else if (text[pos] === ',') {
          options.push(current);
          current = '';
          pos++;
        } else {
          current += text[pos++];
        }
      }
      options.push(current);
      pos += 2;
      node.options = options;
      return node;
    }
    assert.equal(next, '/', `unexpected "${next}" after \${${m[1]}`);
    const regex = readTo('/');
    const format = readTo('/');
    const options = readTo('}');
    node.transform = { regex: new RegExp(regex, options), format };
    return node;
  }

  function readTo(end) {
    let out = '';
    while (text[pos] !== end) {
      assert.ok(pos < text.length, `unterminated transform, expected "${end}"`);
      if (text[pos] === '\\' && text[pos + 1] === end) {
        out += end;
        pos += 2;
      } else out += text[pos++];
    }
    pos++;
    return out;
  }

  const tree = parseUntil(() => false);

  // The first occurrence of a tab stop that has a default defines its value (as VS Code does).
  function collect(parts) {
    for (const part of parts) {
      if (typeof part !== 'object') continue;
      if (part.tabstop !== undefined && !values.has(part.tabstop) && (part.children || part.options)) {
        values.set(part.tabstop, part);
      }
      if (part.children) collect(part.children);
    }
  }
  collect(tree);

  function render(parts) {
    return parts.map(renderPart).join('');
  }
  function renderPart(part) {
    if (typeof part === 'string') return part;
    if (part.variable) {
      let value = variables[part.variable];
      assert.ok(value !== undefined || part.children, `unknown variable ${part.variable}`);
      if (value === undefined) return render(part.children);
      if (part.transform) value = applyTransform(value, part.transform);
      return value;
    }
    const defining = values.get(part.tabstop);
    const pick = picks[part.tabstop];
    let value;
    if (typeof pick === 'string') value = pick;
    else if (defining?.options) value = defining.options[pick ?? 0];
    else value = defining?.children ? render(defining.children) : '';
    if (part.transform) value = applyTransform(value, part.transform);
    return value;
  }
  function applyTransform(value, { regex, format }) {
    return value.replace(regex, (...groups) => format.replace(/\$(\d+)|\$\{(\d+)\}/g, (_, a, b) => groups[Number(a ?? b)] ?? ''));
  }

  return { text: render(tree), choices: [...values.entries()].filter(([, p]) => p.options).map(([i, p]) => [i, p.options]) };
}

const pad = (n) => String(n).padStart(2, '0');
function variablesFor(date) {
  return {
    CURRENT_YEAR: String(date.getFullYear()),
    CURRENT_MONTH: pad(date.getMonth() + 1),
    CURRENT_DATE: pad(date.getDate()),
  };
}
const TODAY = variablesFor(new Date(2025, 3, 1));

// ---- the rulebook's checks ---------------------------------------------------------------------
const strip = (line) => line.replace(/^[*_]+|[*_]+$/g, '').trim();
const linesOf = (text) => text.split('\n').map(strip);

const R02_NATIONAL = /^CỘNG H(Ò|O)A XÃ HỘI CHỦ NGHĨA VIỆT NAM$/;
const R02_MOTTO = /^Độc lập - Tự do - Hạnh phúc$/;
const R04_NUMBER =
  /^Số:\s*(0[1-9]|[1-9]\d+)?\s*\/(NQ|QĐ|CT|QC|QyĐ|TC|TB|HD|CTr|KH|PA|ĐA|DA|BC|BB|TTr|HĐ|CĐ|BGN|BTT|GUQ|GM|GGT|GNP|PG|PC|PB)-[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ0-9]+)*$/u;
const R05_PLACE_DATE = /^[A-ZĐ\p{Lu}][\p{L} ]*, ngày (0[1-9]|[12]\d|3[01]) tháng (01|02|[3-9]|1[0-2]) năm \d{4}$/u;
const R13_LABEL = /^Nơi nhận:$/;
const R13_ITEM = /^- [^\n]+;$/;
const R13_LAST = /^- Lưu: VT, [A-ZĐ][A-ZĐ0-9&-]*(, ?[A-ZĐ0-9&-]+)*\.$/;
const AUTHORITY = /^(TM|Q|KT|TL|TUQ)\. [A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]+$/u;
const TITLE = /^[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \-]+$/u;
const NAME = /^(\p{Lu}\p{Ll}*)( \p{Lu}\p{Ll}*)+$/u;
const SHORT_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;

/** R11: [TM.]? → [KT.|TL.|TUQ.|Q.]? → [KT.]? (after TL. or TM.) → TITLE → NAME, with the pairings of the table. */
function checkSignature(lines) {
  assert.ok(lines.length >= 2, `signature too short: ${lines.join(' / ')}`);
  const name = lines.at(-1);
  assert.match(name, NAME, 'the last line is the signer\'s name, without học hàm or học vị');
  const block = lines.slice(0, -1);
  const prefixes = block.filter((l) => AUTHORITY.test(l)).map((l) => l.split('.')[0]);
  const titles = block.filter((l) => !AUTHORITY.test(l));
  for (const l of block) assert.ok(AUTHORITY.test(l) || TITLE.test(l), `not a title in capitals: ${l}`);
  assert.ok(titles.length <= 1, `more than one title line: ${titles.join(' / ')}`);
  const order = ['TM', 'Q', 'KT', 'TL', 'TUQ'];
  if (prefixes.length === 2) {
    assert.ok(['TM', 'TL'].includes(prefixes[0]) && prefixes[1] === 'KT', `only KT. may follow TM. or TL.: ${prefixes}`);
  } else assert.ok(prefixes.length <= 1 && prefixes.every((p) => order.includes(p)), `prefixes: ${prefixes}`);
  const last = block.filter((l) => AUTHORITY.test(l)).at(-1);
  const title = titles[0];
  if (last?.startsWith('KT. ')) {
    const head = last.slice(4);
    assert.equal(title, `PHÓ ${head}`, 'KT. is followed by the deputy title of the same head');
  }
  if (last?.startsWith('TL. ') || last?.startsWith('TUQ. ')) {
    assert.ok(title && !title.startsWith('PHÓ ') && title !== last.split('. ')[1], `${last} is followed by the head of a unit: ${title}`);
  }
  if (last?.startsWith('Q. ')) assert.equal(titles.length, 0, 'Q. has no title line of its own');
  if (last?.startsWith('TM. ')) assert.ok(title, 'TM. is followed by the title of the signer');
  if (!last) assert.ok(title && !title.startsWith('PHÓ '), 'a head signs in his own name');
}

function signatureLines(text) {
  const lines = linesOf(text).filter(Boolean);
  const start = lines.findIndex((l) => AUTHORITY.test(l) || /^(GIÁM ĐỐC|CHỦ TỊCH)$/.test(l));
  assert.ok(start >= 0, 'no signature block');
  return lines.slice(start);
}

function checkNotice(text) {
  const lines = linesOf(text);
  const nonBlank = lines.filter(Boolean);
  assert.match(lines.find((l) => l.startsWith('CỘNG')), R02_NATIONAL);
  assert.match(lines.find((l) => l.startsWith('Độc lập')), R02_MOTTO);
  assert.match(lines.find((l) => l.startsWith('Số')), R04_NUMBER);
  assert.match(lines.find((l) => l.includes(', ngày ')), R05_PLACE_DATE);
  assert.ok(lines.includes('THÔNG BÁO'), 'tên loại THÔNG BÁO in capitals on its own line');
  const summary = lines[lines.indexOf('THÔNG BÁO') + 2];
  assert.match(summary, /^\p{Lu}/u, 'the trích yếu starts with a capital');
  assert.doesNotMatch(summary, /^V\/v/, 'V/v is for công văn only');
  // R15: the last paragraph before Nơi nhận, and only it, ends with "./.".
  const label = nonBlank.findIndex((l) => R13_LABEL.test(l));
  assert.ok(label > 0, 'Nơi nhận is present');
  assert.ok(nonBlank[label - 1].endsWith('./.') && !nonBlank[label - 1].endsWith(' ./.'));
  assert.equal(nonBlank.filter((l) => l.includes('./.')).length, 1);
  checkRecipients(nonBlank.slice(label));
  checkSignature(signatureLines(text));
  // R07: points in the order of the Vietnamese alphabet.
  const points = nonBlank.filter((l) => /^[a-zđ]\) /.test(l)).map((l) => l[0] === 'đ' ? 'đ' : l[0]);
  const alphabet = 'abcdđeghiklmnopqrstuvxy';
  points.forEach((p, i) => assert.equal(p, alphabet[i], `point ${i + 1} is "${alphabet[i]})"`));
  checkShortDates(text);
}

function checkRecipients(lines) {
  assert.match(lines[0], R13_LABEL);
  const items = [];
  for (const l of lines.slice(1)) {
    if (!l.startsWith('- ')) break;
    items.push(l);
  }
  assert.ok(items.length >= 2, 'recipients and the Lưu line');
  for (const item of items.slice(0, -1)) assert.match(item, R13_ITEM);
  assert.match(items.at(-1), R13_LAST);
  for (const item of items) assert.doesNotMatch(item, /Như trên|Kính gửi/, 'no "Như trên" in a Thông báo');
}

/** R14: a body date is a real date, with 0 for days below 10 and months 1–2 and none for months 3–12. */
function checkShortDates(text) {
  for (const [, d, m, y] of text.matchAll(SHORT_DATE)) {
    const day = Number(d);
    const month = Number(m);
    assert.ok(month >= 1 && month <= 12 && day >= 1 && day <= new Date(Number(y), month, 0).getDate(), `a real date: ${d}/${m}/${y}`);
    assert.equal(d, pad(day), `day ${d}`);
    assert.equal(m, month <= 2 ? pad(month) : String(month), `month ${m}`);
  }
}

// ---- the tests --------------------------------------------------------------------------------
const REQUIRED = [
  'thongbao-ketluan', 'thongbao-header', 'thongbao-mo-dau', 'thongbao-muc', 'thongbao-giao', 'thongbao-noinhan',
  'thongbao-ky', 'thongbao-ky-kt', 'thongbao-ky-tl', 'thongbao-ky-tl-kt', 'thongbao-ky-tm', 'thongbao-ky-tuq',
];

test('every required snippet exists, with a Vietnamese description and a final tab stop', () => {
  assert.deepEqual(Object.keys(byPrefix).sort(), [...REQUIRED].sort());
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(s.description.length > 20 && /[ạảãàáâậầấẩẫăắằặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]/.test(s.description), name);
    assert.ok(s.body.join('\n').includes('$0'), `${name} ends at $0`);
    expand(s.body, TODAY); // parses
  }
});

test('the issue date follows R05 in every month (CURRENT_MONTH loses its 0 for months 3–12)', () => {
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 9, 10, 28]) {
      const vars = variablesFor(new Date(2026, month, day));
      for (const prefix of ['thongbao-ketluan', 'thongbao-header']) {
        const { text } = expand(byPrefix[prefix].body, vars);
        const line = linesOf(text).find((l) => l.includes(', ngày '));
        assert.match(line, R05_PLACE_DATE, `${prefix} on ${vars.CURRENT_DATE}/${vars.CURRENT_MONTH}`);
        const expected = `ngày ${pad(day)} tháng ${month < 2 ? pad(month + 1) : month + 1} năm 2026`;
        assert.ok(line.endsWith(expected), `${line} ends with ${expected}`);
      }
      checkShortDates(expand(byPrefix['thongbao-mo-dau'].body, vars).text);
      checkShortDates(expand(byPrefix['thongbao-ketluan'].body, vars).text);
    }
  }
});

test('thongbao-ketluan is a complete, correct Thông báo kết luận with every choice', () => {
  const { choices } = expand(byPrefix['thongbao-ketluan'].body, TODAY);
  assert.ok(choices.length >= 3);
  for (const [index, options] of choices) {
    for (let i = 0; i < options.length; i++) checkNotice(expand(byPrefix['thongbao-ketluan'].body, TODAY, { [index]: i }).text);
  }
  const { text } = expand(byPrefix['thongbao-ketluan'].body, TODAY);
  assert.ok(text.startsWith('UBND TỈNH QUẢNG NGÃI\n**SỞ KHOA HỌC VÀ CÔNG NGHỆ**\n'));
  assert.ok(text.includes('\nSố:      /TB-SKHCN\n'));
  assert.ok(text.includes('**Kết luận của Giám đốc Sở Khoa học và Công nghệ tại cuộc họp giao ban quý I năm 2025**'));
  assert.ok(text.includes('Ngày 01/4/2025, Giám đốc Sở chủ trì cuộc họp giao ban quý I năm 2025'));
  assert.deepEqual(signatureLines(text), ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn A']);
  assert.ok(!/\n\n\n/.test(text), 'paragraphs are separated by one blank line');
});

test('thongbao-header, thongbao-noinhan, thongbao-mo-dau, thongbao-muc and thongbao-giao', () => {
  const header = linesOf(expand(byPrefix['thongbao-header'].body, TODAY).text);
  assert.deepEqual(header.slice(0, 5), ['UBND TỈNH QUẢNG NGÃI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  assert.match(header[6], R04_NUMBER);
  assert.match(header[8], R05_PLACE_DATE);
  assert.equal(header[10], 'THÔNG BÁO');

  checkRecipients(linesOf(expand(byPrefix['thongbao-noinhan'].body, TODAY).text).filter(Boolean));

  for (const pick of [0, 1]) {
    const opening = expand(byPrefix['thongbao-mo-dau'].body, TODAY, { 3: pick }).text;
    assert.match(opening, /^Ngày 01\/4\/2025, Giám đốc Sở chủ trì (cuộc họp|buổi làm việc) .+\. Tham dự (cuộc họp|buổi làm việc) có .+\.\n\nSau khi nghe .+, Giám đốc Sở kết luận và chỉ đạo như sau:\n/u);
  }

  const section = linesOf(expand(byPrefix['thongbao-muc'].body, TODAY).text).filter(Boolean);
  assert.match(section[0], /^1\. \p{Lu}/u);
  assert.deepEqual(section.slice(1).map((l) => l.slice(0, 3)), ['a) ', 'b) ']);

  const { text, choices } = expand(byPrefix['thongbao-giao'].body, TODAY);
  assert.match(text, /^Giao Phòng .+ chủ trì, phối hợp với .+ tham mưu .+; hoàn thành trước ngày 31\/12\/2025\.$/u);
  for (const [index, options] of choices) {
    for (let i = 0; i < options.length; i++) {
      const t = expand(byPrefix['thongbao-giao'].body, TODAY, { [index]: i }).text;
      assert.match(t, /^Giao \p{Lu}.+ chủ trì, phối hợp với .+; hoàn thành trước ngày \d\d\/\d{1,2}\/\d{4}\.$/u);
      assert.doesNotMatch(t, /\\|\$/, 'no snippet syntax left over');
    }
  }
});

test('signature snippets follow R11 for every choice', () => {
  const expected = {
    'thongbao-ky': [['GIÁM ĐỐC', 'Nguyễn Văn A']],
    'thongbao-ky-kt': [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A']],
    'thongbao-ky-tl': [['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn A']],
    'thongbao-ky-tl-kt': [['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn A']],
    'thongbao-ky-tm': [
      ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'],
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A'],
    ],
    'thongbao-ky-tuq': [
      ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG QUẢN LÝ KHOA HỌC VÀ ĐỔI MỚI SÁNG TẠO', 'Nguyễn Văn A'],
      ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG QUẢN LÝ CÔNG NGHỆ VÀ CHUYÊN NGÀNH', 'Nguyễn Văn A'],
      ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG BƯU CHÍNH - VIỄN THÔNG VÀ CHUYỂN ĐỔI SỐ', 'Nguyễn Văn A'],
    ],
  };
  for (const [prefix, variants] of Object.entries(expected)) {
    const { choices } = expand(byPrefix[prefix].body, TODAY);
    const picks = choices.length ? choices[0][1].map((_, i) => ({ [choices[0][0]]: i })) : [{}];
    assert.equal(picks.length, variants.length, prefix);
    picks.forEach((pick, i) => {
      const lines = linesOf(expand(byPrefix[prefix].body, TODAY, pick).text).filter(Boolean);
      assert.deepEqual(lines, variants[i], prefix);
      checkSignature(lines);
    });
  }
  // The checks themselves reject the invalid sequences of R11.
  for (const wrong of [
    ['KT. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn A'],
    ['TL. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A'],
    ['TUQ. GIÁM ĐỐC', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'Nguyễn Văn A'],
    ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'TS. Nguyễn Văn A'],
  ]) {
    assert.throws(() => checkSignature(wrong), undefined, wrong.join(' / '));
  }
});

// THONGBAO_CLI: another build of the command line to check with (default: bin/thongbao.js, i.e. dist/cli.js).
const cli = process.env.THONGBAO_CLI ?? join(root, 'bin', 'thongbao.js');
const built = process.env.THONGBAO_CLI ? existsSync(cli) : existsSync(join(root, 'dist', 'cli.js'));
test('the checker finds nothing in the expanded snippets', { skip: !built && 'dist/ not built' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'thongbao-snippets-'));
  try {
    const files = [];
    const write = (name, text) => {
      const file = join(dir, `${name}.tb.md`);
      writeFileSync(file, text + '\n');
      files.push(file);
    };
    for (let month = 0; month < 12; month++) {
      write(`ketluan-${month + 1}`, expand(byPrefix['thongbao-ketluan'].body, variablesFor(new Date(2025, month, month + 1))).text);
    }
    // Every other snippet in its place inside a complete notice, so that the checker reads it as it would a draft.
    const full = expand(byPrefix['thongbao-ketluan'].body, TODAY).text;
    const closingAt = full.indexOf('\nThông báo để các phòng');
    const recipientsAt = full.indexOf('***Nơi nhận:***');
    assert.ok(closingAt > 0 && recipientsAt > closingAt);
    const closing = full.slice(closingAt + 1, recipientsAt);
    const body = ['thongbao-mo-dau', 'thongbao-muc', 'thongbao-giao'].map((p) => expand(byPrefix[p].body, TODAY).text.trim());
    const recipients = expand(byPrefix['thongbao-noinhan'].body, TODAY).text.trim();
    const signature = expand(byPrefix['thongbao-ky-tl'].body, TODAY).text;
    write('parts', [expand(byPrefix['thongbao-header'].body, TODAY).text.trim(), ...body, closing.trim(), recipients, signature].join('\n\n'));
    for (const prefix of ['thongbao-ky', 'thongbao-ky-kt', 'thongbao-ky-tl', 'thongbao-ky-tl-kt', 'thongbao-ky-tm', 'thongbao-ky-tuq']) {
      const { choices } = expand(byPrefix[prefix].body, TODAY);
      const picks = choices.length ? choices[0][1].map((_, i) => ({ [choices[0][0]]: i })) : [{}];
      picks.forEach((pick, i) => {
        write(`${prefix}-${i}`, `${full.slice(0, recipientsAt)}${recipients}\n\n${expand(byPrefix[prefix].body, TODAY, pick).text}`);
      });
    }
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const findings = JSON.parse(run.stdout);
    assert.deepEqual(findings.map((f) => `${f.file}: ${f.rule} ${f.message}`), []);
    assert.equal(run.status, 0, run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
