import { reused } from '../reuse';
import type { Unit } from '../registry/types';
import { foldVietnamese } from '../text/fold';
import type { Rule } from './types';
import { bodyParagraphs, endsTheDraft } from './util';
import { findMarker } from '../model/body';

// Where a unit is given a task: "Giao Phòng X chủ trì …", or a section headed by the unit ("2. Văn phòng Sở:").
const ASSIGNMENT = /(?:^|[\s;:(])[Gg]iao (?:cho )?((?:Phòng|Văn phòng|Trung tâm|Chi cục|Thanh tra|Trại)\s[^,;:.]*)/gu;
const HEADING_UNIT = /^((?:Phòng|Văn phòng|Trung tâm|Chi cục|Thanh tra|Trại)\s[^:]*):/u;
// Entries that reach every unit of the issuing agency at once.
const GROUP_ENTRY = /các phòng|các đơn vị|đơn vị (?:trực )?thuộc|phòng, ban|toàn thể/iu;

/**
 * A unit given a task in the body receives the notice: by name, by its abbreviation, or through a group
 * entry such as "Các phòng, đơn vị thuộc Sở" (PL1 II.9: Nơi nhận lists who must act on the document).
 */
export const recipientsAssigned: Rule = {
  id: 'recipients/assigned',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm a khoản 9',
  description: 'Đơn vị được giao nhiệm vụ trong nội dung có tên trong Nơi nhận (hoặc thuộc một nhóm như «Các phòng, đơn vị thuộc Sở»).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Văn phòng Sở:\n\nTổng hợp, báo cáo Giám đốc Sở./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Văn phòng Sở:\n\nTổng hợp, báo cáo Giám đốc Sở./.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Văn phòng Sở;\n- Lưu: VT, VP.",
  },
  check(model, context) {
    const entries = model.recipients?.entries;
    if (!entries || entries.length === 0 || entries.some((entry) => GROUP_ENTRY.test(entry.text))) return;
    // A Nơi nhận still being typed (its last line, the draft's last, not ended by «.») is not yet the list.
    const last = entries.at(-1)!;
    if (!last.text.endsWith('.') && endsTheDraft(model, last.end)) return;
    const units = context.issuer ? context.registry.unitsOf(context.issuer.code) : [];
    if (units.length === 0) return;
    const received = entries.map((entry) => foldVietnamese(entry.text)).join(' | ');
    // A unit named a thousand times is looked for in the Nơi nhận once.
    const isReceived = new Map<Unit, boolean>();
    const receives = (unit: Unit) => {
      let found = isReceived.get(unit);
      if (found === undefined) isReceived.set(unit, (found = namesOf(unit).some((name) => received.includes(foldVietnamese(name)))));
      return found;
    };
    const reported = new Set<Unit>();
    for (const paragraph of bodyParagraphs(model)) {
      for (const mention of reused('assignments', paragraph, unitsGivenTasks)) {
        const unit = unitNamed(mention.text, units);
        if (!unit || reported.has(unit) || receives(unit)) continue;
        reported.add(unit);
        const start = paragraph.sourceOffset(mention.at);
        const written = mention.text.split(/\s+(?:chủ trì|phối hợp|tham mưu|thực hiện|theo dõi|rà soát)\b/u)[0]!.trim();
        context.report({
          start,
          end: paragraph.sourceOffset(mention.at + written.length),
          message: `Thiếu nơi nhận: ${unit.name} được giao nhiệm vụ nhưng không có trong Nơi nhận.`,
          related: [{ start: model.recipients!.label.start, end: model.recipients!.label.end, message: 'Nơi nhận' }],
        });
      }
    }
  },
};

/** The wordings that give a unit a task in a body paragraph: "Giao Phòng X …", or a heading "2. Văn phòng Sở:". */
function unitsGivenTasks(text: string): { text: string; at: number }[] {
  const mentions = [...text.matchAll(ASSIGNMENT)].map((match) => ({ text: match[1]!, at: match.index! + match[0].indexOf(match[1]!) }));
  // The paragraph's marker is read from its text (model/body buildTree), so this depends on the text alone.
  const marker = findMarker(text, 0);
  const heading = marker ? HEADING_UNIT.exec(text.slice(marker.end).trimStart()) : null;
  if (heading) mentions.push({ text: heading[1]!, at: text.indexOf(heading[1]!) });
  return mentions;
}

function namesOf(unit: Unit): string[] {
  return [unit.name, ...(unit.variants ?? []), ...(unit.abbreviations ?? []).map((abbreviation) => `Phòng ${abbreviation}`), ...(unit.code ? [unit.code] : [])];
}

/** The registry unit a mention names: its name or a variant begins the mention, or "Phòng <abbreviation>". */
function unitNamed(mention: string, units: readonly Unit[]): Unit | undefined {
  // A long body names the same units thousands of times: each wording is matched once per list of units.
  let named = namedByUnits.get(units);
  if (!named || named.size > 10_000) namedByUnits.set(units, (named = new Map()));
  if (!named.has(mention)) named.set(mention, matchUnit(mention, units));
  return named.get(mention);
}

const namedByUnits = new WeakMap<readonly Unit[], Map<string, Unit | undefined>>();

function matchUnit(mention: string, units: readonly Unit[]): Unit | undefined {
  const folded = foldVietnamese(mention.replace(/[–—]/g, '-'));
  let best: { unit: Unit; length: number } | undefined;
  for (const { unit, key } of unitKeys(units)) {
    if ((folded === key || folded.startsWith(`${key} `)) && key.length > (best?.length ?? 0)) best = { unit, length: key.length };
  }
  return best?.unit;
}

// The folded names of a registry's units, computed once per list (a long body mentions units thousands of times).
const keysByUnits = new WeakMap<readonly Unit[], { unit: Unit; key: string }[]>();

function unitKeys(units: readonly Unit[]): { unit: Unit; key: string }[] {
  let keys = keysByUnits.get(units);
  if (!keys) {
    keys = units.flatMap((unit) => namesOf(unit).map((name) => ({ unit, key: foldVietnamese(name.replace(/[–—]/g, '-')) })));
    keysByUnits.set(units, keys);
  }
  return keys;
}
