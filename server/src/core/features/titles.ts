/** How the registry's agencies, units and titles are written in a notice, for completions and templates. */
import type { Registry } from '../registry/registry';
import type { Agency, Unit } from '../registry/types';
import { upperVi } from '../rules/util';

/** The issuer's units in existence in `year` (the registry keeps former units for old drafts). */
export function currentUnits(registry: Registry, issuer: Agency | undefined, year: number): Unit[] {
  if (!issuer) return [];
  return registry.unitsOf(issuer.code).filter((unit) => (unit.since ?? -Infinity) <= year && (unit.until ?? Infinity) >= year);
}

/** "TRƯỞNG PHÒNG QUẢN LÝ CÔNG NGHỆ VÀ CHUYÊN NGÀNH"; the office's head is just "CHÁNH VĂN PHÒNG". */
export function unitTitle(unit: Unit): string {
  const head = unit.head!;
  if (/VĂN PHÒNG$/u.test(head)) return head;
  const name = upperVi(unit.name);
  const lastWord = head.split(' ').at(-1)!;
  return name.startsWith(`${lastWord} `) ? `${head}${name.slice(lastWord.length)}` : `${head} ${name}`;
}

/** "PHÓ GIÁM ĐỐC" → "Phó Giám đốc"; "CHỦ TỊCH" → "Chủ tịch". */
export function sentenceCase(title: string): string {
  const words = title.toLocaleLowerCase('vi').split(' ');
  const upTo = words[0] === 'phó' ? 2 : 1;
  return words.map((word, i) => (i < upTo ? word.charAt(0).toLocaleUpperCase('vi') + word.slice(1) : word)).join(' ');
}

/** The leaders as one Nơi nhận entry: "Giám đốc, các Phó Giám đốc Sở". */
export function leadersEntry(agency: Agency): string | undefined {
  if (!agency.head) return undefined;
  const word = /^(Sở|Bộ|Ban)\s/u.exec(agency.name)?.[1];
  return `${sentenceCase(agency.head)}${agency.deputy ? `, các ${sentenceCase(agency.deputy)}` : ''}${word ? ` ${word}` : ''}`;
}
