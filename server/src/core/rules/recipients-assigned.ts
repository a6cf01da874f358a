import { asPrinted } from '../model/fields';
import { reused } from '../reuse';
import type { Registry } from '../registry/registry';
import type { Agency, Unit } from '../registry/types';
import { foldVietnamese } from '../text/fold';
import type { Rule } from './types';
import { bodyParagraphs, columnCells, endsTheDraft } from './util';
import { findMarker } from '../model/body';

// The kinds of body a notice gives tasks to: the issuer's own units (a hospital's or a CDC's «Khoa», not
// «Khoa học»), and a province's departments.
const KIND = String.raw`(?:Phòng|Văn phòng|Trung tâm|Chi cục|Thanh tra|Trại|Sở|Ban Quản lý|Khoa(?!\s+học))`;
// Where a body is given a task: "Giao Phòng X chủ trì …", "Đề nghị Sở X …", a section headed by the body
// ("2. Văn phòng Sở:", "2.3. Sở Nông nghiệp và Môi trường" over the tasks of its points), a list item whose
// subject it is ("2.4. Sở Xây dựng và Sở Khoa học và Công nghệ phối hợp …"), a task table's column of the bodies
// in charge. A comma inside a name («Sở Văn hóa, Thể thao và Du lịch») is the name's.
const NAME_PART = String.raw`(?:[^,;:.]|,(?=\s*Thể\s+thao\s))`;
// Tried only where «iao » or «ề nghị » stands (a native search finds them), from the word's first letter.
const ASSIGNMENT = new RegExp(`(?:[Gg]iao (?:cho )?|[Đđ]ề nghị )(${KIND}\\s${NAME_PART}*)`, 'uy');
const ASSIGNMENT_WORDS = ['iao ', 'ề nghị '];
const HEADING_BODY = new RegExp(`^(${KIND}\\s[^:]*):`, 'u');
// A heading that is a body's name alone, «Giao» before it or not («3. Giao Khoa Dược - Vật tư y tế»).
const HEADING_NAME = new RegExp(`^(?:Giao\\s+(?:cho\\s+)?)?(${KIND}\\s${NAME_PART}{0,80})$`, 'u');
const TASK_VERB = /\s(?:chủ trì|phối hợp|tham mưu|thực hiện|theo dõi|rà soát|hướng dẫn|khẩn trương|triển khai|tổ chức|bố trí|kiểm tra|đôn đốc|nghiên cứu|tiếp tục)(?![\p{L}])/u;
const SUBJECT_BODY = new RegExp(`(?:^|\\svà\\s)(?=${KIND}\\s)`, 'gu');
const SUBJECT_START = new RegExp(`^${KIND}\\s`, 'u');
const IN_CHARGE_HEADING = /^[*_]*(?:đơn vị|cơ quan) (?:chủ trì|thực hiện)[*_]*$/iu;
// Entries that reach every unit of the issuing agency at once («Các cơ quan chuyên môn thuộc UBND xã», a
// hospital's «Các khoa, phòng»).
const GROUP_ENTRY = /các phòng|các khoa|các đơn vị|đơn vị (?:trực )?thuộc|phòng, ban|khoa, phòng|cơ quan chuyên môn|toàn thể/iu;
// Entries that reach every department of the province at once («Các sở, ban, ngành tỉnh», «Các cơ quan, đơn vị
// liên quan»); folded.
// The members of a Ban Chỉ đạo, a Hội đồng or a Tổ công tác are departments too («Thành viên Ban Chỉ đạo»).
const DEPARTMENTS_ENTRY = /\bcac so,? (?:ban,? )?nganh\b|\bso,? ban,? nganh\b|\bcac co quan,? (?:don vi|dia phuong)\b|\b(?:co quan,? )?don vi (?:co )?lien quan\b|\bthanh vien (?:ban chi dao|hoi dong|to cong tac)\b/u;
// The UBND of a province as a recipient («- UBND tỉnh Quảng Ngãi;», not «- CT, các PCT UBND tỉnh;»); folded.
const PROVINCE_ENTRY = /^[^\p{L}]*(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho)\b/u;
const PROVINCE_HEADER = /^[*_]*(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(?:TỈNH|THÀNH PHỐ)\s/u;
const isProvince = (code: string | undefined, header: string | undefined) => code === 'UBND' || code === 'VPUB' || (header !== undefined && PROVINCE_HEADER.test(header));
// A list of departments by what follows «Sở»: «Các Sở: Tài chính, Xây dựng, Y tế;»; folded.
const DEPARTMENTS_LIST = /^[^\p{L}]*(?:cac )?so\s*:/u;
const DEPARTMENT = /^(?:Sở|Ban Quản lý|Thanh tra tỉnh)\s/u;

/** A body a task may be given to, with the names the Nơi nhận may give it by. */
interface Assignee {
  name: string;
  /** Folded names, abbreviations and codes. */
  names: string[];
  /** A department: «Các sở, ban, ngành» reaches it. */
  department: boolean;
  /** What a list «Các Sở: …» names it by (folded): its name after «Sở», in full or short. */
  listedAs: string[];
}

/**
 * A body given a task in the body receives the notice: by name, by its abbreviation, or through a group
 * entry such as "Các phòng, đơn vị thuộc Sở" or "Các sở, ban, ngành tỉnh" (PL1 II.9: Nơi nhận lists who must
 * act on the document).
 */
export const recipientsAssigned: Rule = {
  id: 'recipients/assigned',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm a khoản 9',
  description: 'Đơn vị, cơ quan được giao nhiệm vụ trong nội dung có tên trong Nơi nhận (hoặc thuộc một nhóm như «Các phòng, đơn vị thuộc Sở», «Các sở, ban, ngành tỉnh»).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Văn phòng Sở:\n\nTổng hợp, báo cáo Giám đốc Sở./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Văn phòng Sở:\n\nTổng hợp, báo cáo Giám đốc Sở./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Văn phòng Sở;\n- Lưu: VT, VP.",
  },
  check(model, context) {
    const entries = model.recipients?.entries;
    if (!entries || entries.length === 0) return;
    // A Nơi nhận still being typed (its last line, the draft's last, not ended by «.») is not yet the list.
    const last = entries.at(-1)!;
    if (!last.text.endsWith('.') && endsTheDraft(model, last.end)) return;
    const folded = entries.map((entry) => foldedEntry(entry.text));
    const unitsInGroup = entries.some((entry) => GROUP_ENTRY.test(entry.text));
    // A body above the province (a ministry) reaches its departments through the UBND tỉnh it sends to.
    const throughProvince = !isProvince(context.issuer?.code, model.header.issuingAgency?.text) && folded.some((entry) => PROVINCE_ENTRY.test(entry));
    const departmentsInGroup = throughProvince || folded.some((entry) => DEPARTMENTS_ENTRY.test(entry));
    if (unitsInGroup && departmentsInGroup) return;
    const assignees = assigneesOf(context.registry, context.issuer?.code);
    const received = ` ${folded.join(' | ')} `;
    const listed = departmentsListed(folded);
    // A body named a thousand times is looked for in the Nơi nhận once.
    const isReceived = new Map<Assignee, boolean>();
    const receives = (assignee: Assignee) => {
      let found = isReceived.get(assignee);
      if (found === undefined) isReceived.set(assignee, (found = isNamedIn(received, listed, assignee)));
      return found;
    };
    const reported = new Set<Assignee>();
    const unknownUnits = new Map<string, Assignee>();
    for (const paragraph of bodyParagraphs(model)) {
      for (const mention of reused('assignments', paragraph, bodiesGivenTasks)) {
        const named = assigneeNamed(mention, assignees) ?? unitNamedAlone(mention, unknownUnits);
        const assignee = named?.assignee;
        if (!assignee || (assignee.department ? departmentsInGroup : unitsInGroup) || reported.has(assignee) || receives(assignee)) continue;
        reported.add(assignee);
        const start = paragraph.sourceOffset(mention.at);
        const written = firstWords(mention.text, named.words);
        context.report({
          start,
          end: paragraph.sourceOffset(mention.at + written.length),
          message: `Thiếu nơi nhận: ${assignee.name} được giao nhiệm vụ nhưng không có trong Nơi nhận.`,
          related: [{ start: model.recipients!.label.start, end: model.recipients!.label.end, message: 'Nơi nhận' }],
        });
      }
    }
  },
};

// «Phòng Quản lý ngân sách chủ trì …»: a unit the registry does not list, named in words (not «Phòng QLNS»)
// up to the verb of its task.
const UNIT_NAMED = /^(?:Phòng|Khoa)\s+\p{Lu}\p{Ll}/u;
const UNIT_NAME_WORDS = 12;
// The verb may begin a line of its own, capitalised («c) Phòng Nghiệp vụ Y» ⏎ «Tham mưu …»).
const TASK_VERB_ANY_CASE = new RegExp(TASK_VERB.source, 'iu');

/**
 * A unit of the issuer the registry does not list, given a task by its full name: the name up to the task's
 * verb («Giao Phòng Quản lý tài nguyên và môi trường chủ trì …»), or a heading that is the name alone. With
 * no verb to end it, where the name ends cannot be told, and nothing is said. The Nơi nhận may name it, or
 * write it short by its initials («Phòng QLNS», «QLNS» in «Lưu: VT, QLNS.»).
 */
function unitNamedAlone(mention: Mention, known: Map<string, Assignee>): Named | undefined {
  if (!UNIT_NAMED.test(mention.text)) return undefined;
  const verb = mention.exact ? undefined : TASK_VERB_ANY_CASE.exec(mention.text);
  const name = mention.exact ? mention.text : verb ? mention.text.slice(0, verb.index) : '';
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > UNIT_NAME_WORDS) return undefined;
  let assignee = known.get(name);
  if (!assignee) {
    const initials = words.slice(1).filter((word) => /^\p{L}/u.test(word) && word !== 'và').map((word) => word[0]!.toUpperCase()).join('');
    const names = [name, ...(initials.length >= 2 ? [`${words[0]} ${initials}`, initials] : [])];
    known.set(name, (assignee = { name, names: names.map(foldKey), department: false, listedAs: [] }));
  }
  return { assignee, words: words.length };
}

/** The first `count` words of `text`, as written (the name a mention matched). */
function firstWords(text: string, count: number): string {
  const words = /\S+/gu;
  let end = 0;
  for (let n = 0; n < count && words.exec(text); n++) end = words.lastIndex;
  return text.slice(0, end);
}

/** An entry's folded text, kept: the same Nơi nhận is read at every check of a draft being typed. */
function foldedEntry(text: string): string {
  let folded = foldedEntries.get(text);
  if (folded === undefined) {
    if (foldedEntries.size > 4096) foldedEntries.clear();
    foldedEntries.set(text, (folded = foldVietnamese(asPrinted(text))));
  }
  return folded;
}

const foldedEntries = new Map<string, string>();

/** A wording that gives a body a task; `exact`: a heading that is the body's name and nothing more. */
interface Mention {
  text: string;
  at: number;
  exact?: boolean;
}

/** The wordings that give a body a task in a body paragraph: "Giao Phòng X …", or a heading "2. Văn phòng Sở:". */
function bodiesGivenTasks(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const word of ASSIGNMENT_WORDS) {
    for (let found = text.indexOf(word); found >= 0; found = text.indexOf(word, found + 1)) {
      const at = found - 1;
      if (at < 0 || (at > 0 && !/[\s;:(]/u.test(text[at - 1]!))) continue;
      ASSIGNMENT.lastIndex = at;
      const match = ASSIGNMENT.exec(text);
      if (match) mentions.push({ text: match[1]!, at: at + match[0].length - match[1]!.length });
    }
  }
  // In the draft's order, as the pattern found them before.
  mentions.sort((a, b) => a.at - b.at);
  for (const cell of columnCells(text, IN_CHARGE_HEADING)) {
    const name = cell.text.trim();
    if (name) mentions.push({ text: name, at: cell.start + cell.text.indexOf(name) });
  }
  // The paragraph's marker is read from its text (model/body buildTree), so this depends on the text alone.
  const marker = findMarker(text, 0);
  const from = marker ? marker.end + (text.slice(marker.end).length - text.slice(marker.end).trimStart().length) : 0;
  const rest = text.slice(from);
  const heading = marker ? HEADING_BODY.exec(rest) : null;
  const nameAlone = marker && !heading ? HEADING_NAME.exec(rest.trimEnd()) : null;
  if (heading) mentions.push({ text: heading[1]!, at: from });
  else if (nameAlone) mentions.push({ text: nameAlone[1]!, at: from + nameAlone[0].length - nameAlone[1]!.length, exact: true });
  else if (SUBJECT_START.test(rest)) {
    // The bodies a task is given to as the subject: «Sở Xây dựng và Sở Khoa học và Công nghệ phối hợp …».
    const verb = TASK_VERB.exec(rest);
    const subject = verb ? rest.slice(0, verb.index) : '';
    if (subject && !/[,;:.]/u.test(subject.replace(/,(?=\s*Thể\s+thao\s)/gu, ''))) {
      for (const start of subject.matchAll(SUBJECT_BODY)) {
        const at = start.index! + start[0].length;
        mentions.push({ text: rest.slice(at), at: from + at });
      }
    }
  }
  return mentions;
}

/**
 * What lists of departments name after «Sở» (folded): «Các Sở: Tài chính, GD&ĐT;», or «Các Sở:» over entries
 * «+ Xây dựng;», «+ Tài chính;».
 */
function departmentsListed(folded: readonly string[]): string[] {
  const listed: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!DEPARTMENTS_LIST.test(folded[i]!)) continue;
    const rest = folded[i]!.replace(DEPARTMENTS_LIST, '');
    if (/\p{L}/u.test(rest)) listed.push(` ${rest} `);
    else while (folded[i + 1]?.startsWith('+')) listed.push(` ${folded[++i]} `);
  }
  return listed;
}

/** Whether the Nơi nhận names the body: by a name of it as words, or in a list «Các Sở: …, Y tế, …». */
function isNamedIn(received: string, listed: readonly string[], assignee: Assignee): boolean {
  if (assignee.names.some((name) => containsWords(received, name))) return true;
  return assignee.listedAs.some((name) => listed.some((entry) => containsWords(entry, name)));
}

/** Whether `text` holds `words` with no letter or digit joined to either end. */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}

/** The issuer's units and the province's departments (not the issuer itself), made once per registry and issuer. */
function assigneesOf(registry: Registry, issuer: string | undefined): Assignee[] {
  let byIssuer = assigneesByRegistry.get(registry);
  if (!byIssuer) assigneesByRegistry.set(registry, (byIssuer = new Map()));
  let assignees = byIssuer.get(issuer);
  if (!assignees) {
    const units = issuer ? registry.unitsOf(issuer) : [];
    const departments = registry.agencies.filter((agency) => agency.code !== issuer && agency.kind === 'state' && DEPARTMENT.test(agency.name));
    assignees = [...units.map(unitAssignee), ...departments.map(departmentAssignee)];
    byIssuer.set(issuer, assignees);
  }
  return assignees;
}

const assigneesByRegistry = new WeakMap<Registry, Map<string | undefined, Assignee[]>>();

function unitAssignee(unit: Unit): Assignee {
  const names = [unit.name, ...(unit.variants ?? []), ...(unit.abbreviations ?? []).map((abbreviation) => `Phòng ${abbreviation}`), ...(unit.code ? [unit.code] : [])];
  return { name: unit.name, names: names.map(foldKey), department: false, listedAs: [] };
}

function departmentAssignee(agency: Agency): Assignee {
  const initials = initialsOf(agency.name);
  const names = [agency.name, ...(agency.aliases ?? []), agency.code, ...initials.map((short) => `Sở ${short}`)];
  const listedAs = /^Sở\s/u.test(agency.name) ? [agency.name.replace(/^Sở\s+/u, ''), ...initials] : [];
  return { name: agency.name, names: names.map(foldKey), department: true, listedAs: listedAs.map(foldKey) };
}

/**
 * What a department's name after «Sở» is written short as: «Nông nghiệp và Môi trường» as NN&MT, NNMT or
 * NNVMT; «Văn hóa, Thể thao và Du lịch» as VHTTDL or VHTT&DL.
 */
function initialsOf(name: string): string[] {
  const words = name.replace(/^Sở\s+/u, '').split(/[\s,]+/u).filter(Boolean);
  if (words.length < 2) return [];
  const letters = (part: string[]) => part.map((word) => word[0]!.toUpperCase()).join('');
  const and = words.lastIndexOf('và');
  if (and < 0) return [letters(words)];
  const [before, after] = [words.slice(0, and), words.slice(and + 1)];
  return [`${letters(before)}&${letters(after)}`, letters(before) + letters(after), `${letters(before)}V${letters(after)}`];
}

function foldKey(name: string): string {
  return foldVietnamese(name.replace(/[–—]/g, '-'));
}

/** The body a mention names, and in how many words: its name or a variant begins the mention (is the whole of it, for a bare heading). */
function assigneeNamed(mention: Mention, assignees: readonly Assignee[]): Named | undefined {
  // A long body names the same bodies thousands of times: each wording is matched once per list.
  let named = namedByList.get(assignees);
  if (!named || named.size > 10_000) namedByList.set(assignees, (named = new Map()));
  const key = `${mention.exact ? '=' : '~'}${mention.text}`;
  if (!named.has(key)) named.set(key, matchAssignee(mention, assignees));
  return named.get(key);
}

interface Named {
  assignee: Assignee;
  words: number;
}

const namedByList = new WeakMap<readonly Assignee[], Map<string, Named | undefined>>();

function matchAssignee(mention: Mention, assignees: readonly Assignee[]): Named | undefined {
  const folded = foldKey(mention.text);
  let best: { assignee: Assignee; key: string } | undefined;
  for (const assignee of assignees) {
    for (const key of assignee.names) {
      const matches = folded === key || (!mention.exact && folded.startsWith(`${key} `));
      if (matches && key.length > (best?.key.length ?? 0)) best = { assignee, key };
    }
  }
  return best && { assignee: best.assignee, words: best.key.split(' ').length };
}
