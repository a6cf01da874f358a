/**
 * Deterministic generator of realistic notices for the benchmark: the shape of the examples (a Markdown
 * "Thông báo kết luận": header, title, trích yếu, Roman-numbered sections, numbered clauses, lettered points,
 * citations, "./.", Nơi nhận, signature, one GFM footnote) with sentences taken from the five real seeds
 * (defects included, so rules have something to find). Same seed, same bytes: a fixed PRNG, no clock.
 *
 *   node bench/generate.mjs [DIR]    writes DIR (default bench/out/inputs): 10k.tb.md … 10m.tb.md, workspace/
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 };
export const WORKSPACE_FILES = 1000;

/** mulberry32: small, fast, and the same on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the seeds' bodies, hard wraps undone: the vocabulary of real notices. */
function seedSentences() {
  const dir = join(ROOT, 'test/fixtures/seeds');
  const sentences = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const prose = readFileSync(join(dir, name), 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .join(' ');
    for (const sentence of prose.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
      const clean = sentence.replace(/^\d+\.\s*|^[a-zđ]\)\s*/u, '').replace(/\.\/\.$/, '.').trim();
      // Header and footer debris of the PDF extraction (titles in capitals, "Số:", "Nơi nhận") is not prose.
      const debris = /Nơi nhận|\.\/\.|^\d|[Ss]ố: |\p{Lu}{3,} \p{Lu}{2,}/u.test(clean);
      if (clean.length >= 60 && clean.length <= 420 && !debris) sentences.push(clean);
    }
  }
  return sentences;
}

const AGENCIES = [
  ['UBND TỈNH QUẢNG NGÃI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TB-SKHCN', 'Quảng Ngãi'],
  ['UBND TỈNH QUẢNG NGÃI', 'SỞ TÀI CHÍNH', 'TB-STC', 'Quảng Ngãi'],
  ['UBND TỈNH KON TUM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TB-SKHCN', 'Kon Tum'],
];
const SECTION_TITLES = [
  'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  'NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI',
  'VỀ CÁC KIẾN NGHỊ, ĐỀ XUẤT',
  'TỔ CHỨC THỰC HIỆN',
];
const UNITS = ['Văn phòng Sở', 'Phòng Quản lý Khoa học và Đổi mới sáng tạo', 'Phòng Kế hoạch - Tài chính', 'Trung tâm Chuyển đổi số', 'Thanh tra Sở'];
const CITATIONS = [
  'Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ',
  'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
  'Kế hoạch số 135/KH-UBND ngày 15/5/2025 của UBND tỉnh',
  'Công văn số 2171/UBND-KGVX ngày 30/5/2025 của UBND tỉnh',
  'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function roman(n) {
  if (n <= 10) return ROMAN[n - 1];
  const tens = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
  const hundreds = ['', 'C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM'];
  const ones = ['', ...ROMAN.slice(0, 9)];
  let out = 'M'.repeat(Math.floor(n / 1000));
  n %= 1000;
  return out + hundreds[Math.floor(n / 100)] + tens[Math.floor((n % 100) / 10)] + ones[n % 10];
}

/** One notice of about `bytes` UTF-8 bytes (never less), from `seed`. */
export function generateNotice(bytes, seed, sentences = seedSentences()) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const [parent, agency, symbol, place] = pick(AGENCIES);
  const day = 1 + Math.floor(next() * 28);
  const month = 1 + Math.floor(next() * 12);
  const pad = (n) => (n < 10 ? `0${n}` : String(n));
  const head = [
    parent,
    `**${agency}**`,
    '',
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
    '**Độc lập - Tự do - Hạnh phúc**',
    '',
    `Số: ${1 + Math.floor(next() * 400)}/${symbol}`,
    '',
    `*${place}, ngày ${pad(day)} tháng ${month < 3 ? pad(month) : month} năm 2025*`,
    '',
    '**THÔNG BÁO**',
    '',
    `**Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng ${month} năm 2025**`,
    '',
    `Ngày ${day}/${month}/2025, Giám đốc Sở chủ trì cuộc họp giao ban. Tham dự cuộc họp có các đồng chí Phó Giám đốc Sở; Trưởng, phó các phòng, đơn vị trực thuộc Sở[^1].`,
    '',
    'Sau khi nghe Chánh Văn phòng Sở báo cáo, Giám đốc Sở kết luận và chỉ đạo như sau:',
    '',
    '',
  ].join('\n');
  const tail = [
    'Thông báo để các phòng, đơn vị thuộc Sở biết, tổ chức triển khai thực hiện./.',
    '',
    '*Nơi nhận:*',
    '- Giám đốc, các Phó Giám đốc Sở;',
    ...UNITS.map((unit) => `- ${unit};`),
    '- Lưu: VT, VP.',
    '',
    '**TL. GIÁM ĐỐC**',
    '**CHÁNH VĂN PHÒNG**',
    '',
    '**Trần Văn Quang**',
    '',
    `[^1]: Theo ${pick(CITATIONS)}.`,
    '',
  ].join('\n');

  const body = [];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const add = (line) => {
    body.push(line, '');
    size += Buffer.byteLength(line) + 2;
  };
  for (let section = 1; size < bytes; section++) {
    add(`${roman(section)}. ${SECTION_TITLES[(section - 1) % SECTION_TITLES.length]}`);
    const clauses = 2 + Math.floor(next() * 4);
    for (let clause = 1; clause <= clauses && size < bytes; clause++) {
      add(`${clause}. ${paragraph(next, pick, sentences, 1 + Math.floor(next() * 3))}`);
      if (next() < 0.5) {
        const points = 2 + Math.floor(next() * 3);
        for (let p = 0; p < points && size < bytes; p++) {
          add(`${LETTERS[p]}) Giao ${pick(UNITS)} chủ trì, ${lower(paragraph(next, pick, sentences, 1))}`);
        }
      }
    }
  }
  return `${head}${body.join('\n')}\n${tail}`;
}

function paragraph(next, pick, sentences, count) {
  const parts = [];
  for (let i = 0; i < count; i++) {
    let sentence = pick(sentences);
    if (next() < 0.3) sentence = sentence.replace(/\.$/, `, theo ${pick(CITATIONS)}.`);
    if (next() < 0.2) sentence = sentence.replace(/\.$/, `; hoàn thành trước ngày ${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 12)}/2025.`);
    parts.push(sentence);
  }
  return parts.join(' ');
}

function lower(sentence) {
  return sentence.charAt(0).toLocaleLowerCase('vi') + sentence.slice(1);
}

/** Writes every input; returns their paths. */
export function generateAll(dir = join(ROOT, 'bench/out/inputs')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'workspace'), { recursive: true });
  const sentences = seedSentences();
  const files = {};
  for (const [name, bytes] of Object.entries(SIZES)) {
    files[name] = join(dir, `${name}.tb.md`);
    writeFileSync(files[name], generateNotice(bytes, bytes, sentences));
  }
  const workspace = join(dir, 'workspace');
  const next = random(1000);
  for (let i = 0; i < WORKSPACE_FILES; i++) {
    // Real notices run from 3 to 15 KB.
    const bytes = 3000 + Math.floor(next() * 12_000);
    writeFileSync(join(workspace, `tb-${String(i).padStart(4, '0')}.tb.md`), generateNotice(bytes, 7919 * (i + 1), sentences));
  }
  return { files, workspace };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, workspace } = generateAll(process.argv[2]);
  console.log(`Đã tạo: ${Object.values(files).join(', ')}, ${workspace}/ (${WORKSPACE_FILES} tệp)`);
}
