/**
 * `thongbao citations PATH... [--format text|json|csv]`: the register of every document the drafts cite
 * (what a văn thư keeps by hand): identifier, type, number, date, issuer, subject, and where each is
 * cited. Also the workspace index that `thongbao check` gives its cross-document rules.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentsUnder, knownDate, sameDocument, type DayMonthYear } from '../core/index/facts';
import type { Mention } from '../core/index/types';
import { CitationIndex } from '../core/index/workspace';
import type { Registry } from '../core/registry/registry';
import { RegistryFiles } from '../node/registry-files';
import { collectFiles, InputError, readDraftSync } from './files';

export const CITATION_FORMATS = ['text', 'json', 'csv'] as const;

/** One cited document. The JSON output is a list of these; its shape is a public interface. */
export interface RegisterEntry {
  /** "25/2018/QĐ-UBND". */
  identifier: string;
  type: string | null;
  /** The number before the symbol: "25". */
  number: string;
  /** "2018-09-12": the registry's, else the draft that is the document, else the first citation's. */
  date: string | null;
  issuer: string | null;
  subject: string | null;
  /** The registry's status when it knows one: in-force, repealed, replaced. */
  status: string | null;
  replacedBy: string | null;
  /** Drafts that are the document itself (their "Số:"). */
  drafts: { file: string; line: number }[];
  /** Every citation: file as given, 1-based line, the date as written there. */
  citedIn: { file: string; line: number; date: string | null }[];
}

export interface IndexedFiles {
  index: CitationIndex;
  /** The file as given on the command line, by URI. */
  fileOf: Map<string, string>;
  /** Files that could not be read (the index lacks them). */
  errors: string[];
}

/** The drafts as an index, keyed by file URI, each read with its nearest .thongbao.yaml. */
export function indexFiles(files: string[], registryFiles: RegistryFiles): IndexedFiles {
  const index = new CitationIndex();
  const fileOf = new Map<string, string>();
  const errors: string[] = [];
  for (const file of files) {
    try {
      const draft = readDraftSync(file);
      const uri = fileUri(file);
      fileOf.set(uri, file);
      index.update(uri, draft.text, registryFiles.registryFor(resolve(file)).registry);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error.message);
    }
  }
  return { index, fileOf, errors };
}

export function fileUri(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

export function citationRegister(index: CitationIndex, registry: Registry, fileOf: (uri: string) => string): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  for (const key of index.keys()) for (const mentions of documentsUnder(key, index.mentions(key), registry)) {
    const cited = mentions.filter((mention) => !mention.own);
    if (cited.length === 0) continue;
    const owner = mentions.find((mention) => mention.own);
    const dated = owner?.date ?? cited.find((mention) => mention.date)?.date;
    const issuedBy = owner?.issuer?.text ?? cited.find((mention) => mention.issuer)?.issuer?.text;
    // The registry's document of that number, if it is this one (the same year, and the same day or body).
    const listed = registry.document(key);
    const listedDate = knownDate(listed);
    const known = listed && sameDocument(key, { date: dated, issuer: issuedBy }, { date: listedDate, issuer: listed.issuer }, registry) ? listed : undefined;
    const date = (known && listedDate) ?? dated;
    const place = (mention: Mention) => ({ file: fileOf(mention.place.uri), line: mention.line + 1 });
    entries.push({
      identifier: key,
      type: known?.type ?? owner?.typeName ?? cited.find((mention) => mention.typeName)?.typeName ?? null,
      number: /^\d+/.exec(key)?.[0] ?? key,
      date: date ? isoDay(date) : null,
      issuer: known?.issuer ?? issuedBy ?? null,
      subject: known?.subject ?? owner?.subject ?? cited.find((mention) => mention.subject)?.subject ?? null,
      status: known?.status ?? null,
      replacedBy: known?.replacedBy ?? null,
      drafts: mentions.filter((mention) => mention.own).map(place),
      citedIn: cited.map((mention) => ({ ...place(mention), date: mention.date?.text ?? null })),
    });
  }
  return entries;
}

function isoDay(date: DayMonthYear): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** "12/09/2018", as a register is written by hand. */
function vietnameseDay(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const CSV_HEADER = ['Số, ký hiệu', 'Tên loại', 'Số', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu', 'Hiệu lực', 'Thay thế bởi', 'Nơi viện dẫn'];
const STATUS_WORD: Record<string, string> = { 'in-force': 'còn hiệu lực', repealed: 'đã bị bãi bỏ', replaced: 'đã bị thay thế', unknown: 'chưa rõ' };

/**
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote, a line break or edge spaces,
 * quotes doubled. A UTF-8 BOM first, so that Excel shows the Vietnamese letters.
 */
export function formatCsv(entries: RegisterEntry[]): string {
  const rows = entries.map((entry) => [
    entry.identifier,
    entry.type ?? '',
    entry.number,
    vietnameseDay(entry.date),
    entry.issuer ?? '',
    entry.subject ?? '',
    entry.status ? (STATUS_WORD[entry.status] ?? entry.status) : '',
    entry.replacedBy ?? '',
    entry.citedIn.map((place) => `${place.file}:${place.line}`).join('; '),
  ]);
  return `\uFEFF${[CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatRegisterText(entries: RegisterEntry[], fileCount: number): string {
  const lines: string[] = [];
  for (const entry of entries) {
    const facts = [entry.type, entry.date ? `ngày ${vietnameseDay(entry.date)}` : null, entry.issuer].filter((part): part is string => !!part);
    lines.push(`${entry.identifier}${facts.length > 0 ? ` — ${facts.join(', ')}` : ''}`);
    if (entry.subject) lines.push(`  trích yếu: ${entry.subject}`);
    if (entry.status && entry.status !== 'in-force') lines.push(`  hiệu lực: ${STATUS_WORD[entry.status] ?? entry.status}${entry.replacedBy ? ` bởi ${entry.replacedBy}` : ''}`);
    lines.push(`  viện dẫn tại: ${entry.citedIn.map((place) => `${place.file}:${place.line}${place.date ? ` (${place.date})` : ''}`).join(', ')}`);
  }
  lines.push(`${entries.length} văn bản được viện dẫn trong ${fileCount} tệp.`);
  return `${lines.join('\n')}\n`;
}

/** The command itself; returns the exit code (0, or 2 when a file could not be read). */
export async function citationsCommand(paths: string[], format: string, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
  if (!(CITATION_FORMATS as readonly string[]).includes(format)) {
    warn(`--format của lệnh citations phải là một trong: ${CITATION_FORMATS.join(', ')}`);
    return 2;
  }
  const collected = await collectFiles(paths);
  const { files } = collected;
  const registryFiles = new RegistryFiles();
  const { index, fileOf, errors: unread } = indexFiles(files, registryFiles);
  const errors = [...collected.errors, ...unread];
  for (const error of errors) warn(error);
  // One register: documents are described by the registry of the first folder given.
  const registry = registryFiles.registryFor(files[0] ? resolve(files[0]) : undefined).registry;
  const entries = citationRegister(index, registry, (uri) => fileOf.get(uri) ?? uri);
  if (format === 'json') write(`${JSON.stringify(entries, null, 2)}\n`);
  else if (format === 'csv') write(formatCsv(entries));
  else write(formatRegisterText(entries, index.size));
  return errors.length > 0 ? 2 : 0;
}
