/**
 * Citations checked against what the rest of the workspace knows: the registry's known documents and the
 * other drafts (through the workspace index, when the check has one). A draft checked alone is compared
 * with the registry only.
 */
import { citationsOf, sourceOf } from '../citations/index';
import type { Citation } from '../citations/types';
import { formatDay, formatDayLike, knownDate } from '../index/facts';
import { localityOf } from '../index/draft';
import { placeName } from '../index/names';
import type { Mention, Place } from '../index/types';
import { disagreements, type Facts } from '../index/workspace';
import { dayNumber, isValidDate } from '../text/dates';
import { issuerAgainstCode } from './citation-issuer';
import type { Finding, Rule, RuleContext } from './types';

const DECREE = 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 6 (viện dẫn đúng số, ký hiệu, ngày ban hành, cơ quan ban hành)';
const MAX_RELATED = 5;

export const citationCrossConflict: Rule = {
  id: 'citation/cross-conflict',
  severity: 'warning',
  decree: DECREE,
  description: 'Ngày ban hành và cơ quan ban hành của văn bản được viện dẫn khớp với danh mục văn bản và với các dự thảo khác trong thư mục làm việc.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Công văn số 1724/SKHCN-VP ngày 26/9/2025 của Sở Khoa học và Công nghệ.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Công văn số 1724/SKHCN-VP ngày 27/9/2025 của Sở Khoa học và Công nghệ.',
  },
  check(model, context) {
    const workspace = context.workspace;
    const locality = localityOf(model);
    for (const citation of citationsOf(model, context.registry)) {
      const key = citation.identifier.key;
      const date = citation.date && isValidDate(citation.date.year, citation.date.month, citation.date.day) ? citation.date : undefined;
      const facts: Facts = { key, ...(date && { date }), ...(citation.issuerWords && { issuer: citation.issuerWords }), ...(locality && { locality }) };
      const others = workspace ? workspace.index.others(key, workspace.uri) : [];
      for (const disagreement of disagreements(facts, others, context.registry)) {
        const { against } = disagreement;
        if (disagreement.kind === 'date') {
          // citation/year-mismatch already reports, and fixes, a date whose year is not the number's.
          if (against.mentions.length === 0 && yearMismatch(citation)) continue;
          const span = date!.value;
          const said = against.registry ? `danh mục văn bản ghi ${against.registry}` : saidElsewhere(against.mentions, (m) => m.date!.text);
          const finding: Omit<Finding, 'ruleId' | 'severity'> = {
            start: sourceOf(citation, span.start),
            end: sourceOf(citation, span.end),
            message: `Sai ngày: ${key} ghi ngày ${span.text}, ${said}.`,
            ...elsewhere(against.mentions, (m) => m.date!.place, (m) => `Ghi ngày ${m.date!.text}`),
          };
          const listed = knownDate(context.registry.document(key));
          if (against.registry && listed && date!.form === 'short' && !yearMismatch(citation)) {
            const newText = formatDayLike(listed, span.text);
            finding.fix = { title: `Sửa thành ${newText} (theo danh mục)`, edits: [{ start: finding.start, end: finding.end, newText }] };
          }
          context.report(finding);
        } else {
          // citation/issuer already reports, at the same words, words that name another body than the symbol's code.
          if (issuerAgainstCode(citation, context.registry)) continue;
          const words = citation.issuerWords!;
          const said = against.registry ? `danh mục văn bản ghi «${against.registry}»` : saidElsewhere(against.mentions, (m) => `«${m.issuer!.text}»`);
          context.report({
            start: sourceOf(citation, words.start),
            end: sourceOf(citation, words.end),
            message: `Sai cơ quan ban hành: ${key} ghi «${words.text}», ${said}.`,
            ...elsewhere(against.mentions, (m) => m.issuer!.place, (m) => `Ghi «${m.issuer!.text}»`),
          });
        }
      }
    }
  },
};

/** "dự thảo a.tb.md, dòng 3 ghi 12/9/2018" (and how many more). */
function saidElsewhere(mentions: Mention[], value: (mention: Mention) => string): string {
  const first = mentions[0]!;
  const more = mentions.length > 1 ? ` (và ${mentions.length - 1} chỗ khác)` : '';
  return `${first.own ? 'chính văn bản đó' : 'dự thảo'} ${placeName(first)} ghi ${value(first)}${more}`;
}

/** The other drafts' places as related information, at the date or issuer they write. */
function elsewhere(mentions: Mention[], placeOf: (mention: Mention) => Place, message: (mention: Mention) => string): Pick<Finding, 'relatedElsewhere'> {
  if (mentions.length === 0) return {};
  return { relatedElsewhere: mentions.slice(0, MAX_RELATED).map((m) => ({ uri: m.place.uri, range: placeOf(m).range, message: message(m) })) };
}

function yearMismatch(citation: Citation): boolean {
  const year = citation.identifier.year;
  return year !== undefined && citation.date !== undefined && Number(year.text) !== citation.date.year;
}

// Citing a document in order to repeal, replace or amend it is the one right way to cite it once it is gone;
// so is saying that it is gone («không còn áp dụng Thông tư số …», «Thông tư số … đã hết hiệu lực»).
const REPEALING = /(?:bãi bỏ|thay thế|hết hiệu lực|sửa đổi|bổ sung|hủy bỏ|huỷ bỏ|không (?:còn |tiếp tục )?áp dụng)[^.]*$/iu;
const SAID_GONE = /^[^.;]*?(?:hết hiệu lực|không còn (?:hiệu lực|áp dụng)|(?:đã|bị|được) (?:bãi bỏ|thay thế|hủy bỏ|huỷ bỏ))/iu;

/** A draft that builds on a document the registry marks as repealed or replaced. */
export const citationRepealed: Rule = {
  id: 'citation/repealed',
  severity: 'warning',
  decree: 'Luật Ban hành VBQPPL 2025, Điều 57–58 (văn bản hết hiệu lực); NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 6',
  description: 'Văn bản được viện dẫn làm căn cứ chưa bị bãi bỏ hoặc thay thế theo danh mục văn bản.',
  examples: {
    wrong: 'Quảng Ngãi, ngày 10 tháng 7 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nCông tác văn thư thực hiện theo Nghị định số 110/2004/NĐ-CP của Chính phủ.',
    right: 'Quảng Ngãi, ngày 10 tháng 7 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nCông tác văn thư thực hiện theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.',
  },
  check(model, context) {
    const issued = model.header.placeDate?.date;
    const noticeDay = issued && isValidDate(issued.year.value, issued.month.value, issued.day.value) ? dayNumber(issued.year.value, issued.month.value, issued.day.value) : undefined;
    const reported = new Set<string>();
    for (const citation of citationsOf(model, context.registry)) {
      const key = citation.identifier.key;
      const known = context.registry.document(key);
      if (!known || (known.status !== 'repealed' && known.status !== 'replaced') || reported.has(key)) continue;
      if (repealing(citation)) continue;
      if (noticeDay !== undefined && !goneBy(known.replacedBy, noticeDay, context)) continue;
      reported.add(key);
      const replacement = known.replacedBy ? context.registry.document(known.replacedBy) : undefined;
      const effective = knownDate(replacement, 'effective');
      const by = known.replacedBy
        ? ` bởi ${replacement?.type ? `${replacement.type} ` : ''}số ${known.replacedBy}${replacement?.date ? ` ngày ${formatDay(knownDate(replacement)!)}` : ''}${effective ? ` (có hiệu lực từ ${formatDay(effective)})` : ''}`
        : '';
      context.report({
        start: sourceOf(citation, citation.identifier.start),
        end: sourceOf(citation, citation.identifier.end),
        message: `Sai căn cứ: ${key} đã ${known.status === 'replaced' ? 'bị thay thế' : 'bị bãi bỏ'}${by} (theo danh mục văn bản), cần viện dẫn văn bản đang có hiệu lực.`,
      });
    }
  },
};

/**
 * "bãi bỏ Quyết định số …", "Thay thế các Quyết định: số …; số …" (from the list's head when it has one), or
 * the sentence says the document is gone ("Thông tư số … của Bộ Nội vụ đã hết hiệu lực").
 */
function repealing(citation: Citation): boolean {
  const text = citation.paragraph.text;
  const from = Math.min(citation.start, citation.typeName?.start ?? citation.start);
  return REPEALING.test(text.slice(Math.max(0, from - 120), citation.start)) || SAID_GONE.test(text.slice(citation.end, citation.end + 160));
}

/**
 * Whether a document replaced by `replacedBy` was already gone on the notice's day (unknown: yes): from the
 * day the replacement took effect, or else was issued.
 */
function goneBy(replacedBy: string | undefined, noticeDay: number, context: RuleContext): boolean {
  const replacement = replacedBy ? context.registry.document(replacedBy) : undefined;
  const date = knownDate(replacement, 'effective') ?? knownDate(replacement);
  return !date || dayNumber(date.year, date.month, date.day) <= noticeDay;
}
