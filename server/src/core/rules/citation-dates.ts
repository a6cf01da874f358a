import { citationsIn, citationsOf, sourceOf } from '../citations/index';
import type { Citation } from '../citations/types';
import type { NoticeModel } from '../model/types';
import { dayNumber, isValidDate } from '../text/dates';
import { formatDayLike, mayBeSameDocument, sameIssuer } from '../index/facts';
import type { Registry } from '../registry/registry';
import type { ParagraphRule, Rule } from './types';
import { inQuotedWrongColumn } from './util';
import { meantKey } from './citation-party-symbol';

const DECREE = 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 6; Luật Ban hành VBQPPL (số, năm ban hành)';

function realDate(citation: Citation): boolean {
  const date = citation.date;
  return date !== undefined && isValidDate(date.year, date.month, date.day);
}

/**
 * A legal document's number carries the year it was issued: "25/2018/QĐ-UBND" is not dated 2025. When the
 * registry knows the document's date, the fix writes it.
 */
export const citationYearMismatch: ParagraphRule = {
  id: 'citation/year-mismatch',
  severity: 'error',
  decree: DECREE,
  description: 'Năm trong số, ký hiệu của văn bản quy phạm pháp luật trùng với năm của ngày ban hành được ghi.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\n\nThay thế Quyết định số 25/2018/QĐ-UBND ngày 12/9/2025 của UBND tỉnh Quảng Ngãi.',
    right: 'THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\n\nThay thế Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018 của UBND tỉnh Quảng Ngãi.',
  },
  paragraphs: 'cited',
  checkParagraph(paragraph, context) {
    for (const citation of citationsIn(paragraph, context.registry)) {
      const { identifier, date } = citation;
      if (!identifier.year || !date || !realDate(citation) || Number(identifier.year.text) === date.year) continue;
      if (inQuotedWrongColumn(paragraph.text, citation.start)) continue;
      const known = context.registry.document(identifier.key)?.date;
      const [y, m, d] = known ? known.split('-').map(Number) : [];
      const knownText = known && y === Number(identifier.year.text) ? formatDayLike({ day: d!, month: m!, year: y }, date.value.text) : undefined;
      const start = sourceOf(citation, date.value.start);
      const end = sourceOf(citation, date.value.end);
      context.report({
        start,
        end,
        message: `Sai ngày ban hành: ${identifier.key} ban hành năm ${identifier.year.text} nhưng ghi ngày ${date.value.text}${knownText ? `, cần ${knownText}` : ''}.`,
        related: [{ start: sourceOf(citation, identifier.year.start), end: sourceOf(citation, identifier.year.end), message: 'Năm trong số, ký hiệu' }],
        ...(knownText && date.form === 'short' && { fix: { title: `Sửa thành ${knownText} (theo danh mục)`, edits: [{ start, end, newText: knownText }] } }),
      });
    }
  },
};

/** A document cited by a notice was issued before the notice, not after it. */
export const citationAfterNotice: Rule = {
  id: 'citation/after-notice',
  severity: 'error',
  decree: DECREE,
  description: 'Văn bản được viện dẫn có ngày ban hành không sau ngày ban hành của thông báo.',
  examples: {
    wrong: 'Quảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kế hoạch số 51/KH-UBND ngày 07/5/2025 của UBND tỉnh.',
    right: 'Quảng Ngãi, ngày 01 tháng 4 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Kế hoạch số 51/KH-UBND ngày 07/3/2025 của UBND tỉnh.',
  },
  check(model, context) {
    const issued = model.header.placeDate?.date;
    if (!issued || !isValidDate(issued.year.value, issued.month.value, issued.day.value)) return;
    const notice = dayNumber(issued.year.value, issued.month.value, issued.day.value);
    for (const citation of citationsOf(model, context.registry)) {
      const date = citation.date;
      if (!date || !realDate(citation) || dayNumber(date.year, date.month, date.day) <= notice) continue;
      context.report({
        start: sourceOf(citation, date.value.start),
        end: sourceOf(citation, date.value.end),
        message: `Sai ngày: ${citation.identifier.key} ghi ngày ${date.value.text}, sau ngày ban hành thông báo.`,
        related: [{ start: issued.start, end: issued.end, message: 'Ngày ban hành thông báo' }],
      });
    }
  },
};

/** The same document cited twice in one draft with two different dates. */
export const citationDateConflict: Rule = {
  id: 'citation/date-conflict',
  severity: 'warning',
  decree: DECREE,
  description: 'Một văn bản được viện dẫn nhiều lần trong cùng thông báo thì ghi cùng một ngày ban hành.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Thông báo số 105/TB-UBND ngày 17/3/2021; theo Thông báo số 105/TB-UBND ngày 18/3/2021.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Thông báo số 105/TB-UBND ngày 17/3/2021; theo Thông báo số 105/TB-UBND ngày 17/3/2021.',
  },
  check(model, context) {
    // The first citation of each document a number names: another year's document under the same number
    // (documents are numbered from 1 each year), or another body's (QĐ-UBND is every UBND's code, and the
    // issuers named differ), is another document.
    const firsts = new Map<string, Citation[]>();
    for (const citation of citationsOf(model, context.registry)) {
      const date = citation.date;
      // An erratum's quotation of the wrong date is no citation to agree with.
      if (!date || !realDate(citation) || inQuotedWrongColumn(citation.paragraph.text, citation.start)) continue;
      const key = citation.identifier.key;
      const documents = firsts.get(key) ?? [];
      const earlier = documents.find((first) => mayBeSameDocument(key, first.date!, date) && !namesAnotherIssuer(first, citation, context.registry));
      if (!earlier) {
        firsts.set(key, [...documents, citation]);
        continue;
      }
      const before = earlier.date!;
      if (before.day === date.day && before.month === date.month && before.year === date.year) continue;
      context.report({
        start: sourceOf(citation, date.value.start),
        end: sourceOf(citation, date.value.end),
        message: `Sai ngày: ${citation.identifier.key} ghi ngày ${date.value.text}, chỗ khác ghi ${before.value.text}.`,
        related: [{ start: sourceOf(earlier, before.value.start), end: sourceOf(earlier, before.value.end), message: 'Lần viện dẫn trước' }],
      });
    }
  },
};

/** Whether two citations of a number name two bodies as their issuers (QĐ-UBND of a tỉnh and of a xã). */
function namesAnotherIssuer(a: Citation, b: Citation, registry: Registry): boolean {
  return a.issuerWords !== undefined && b.issuerWords !== undefined && !sameIssuer(a.issuerWords.text, b.issuerWords.text, registry);
}

/**
 * «Ngày 18/11/2026, Sở Khoa học và Công nghệ ban hành Thông báo số 215/TB-SKHCN»: the sentence gives the
 * date it was issued before it names the document.
 */
function datedBefore(citation: Citation): boolean {
  const text = citation.paragraph.text;
  const sentence = text.slice(Math.max(0, citation.start - 200), citation.start).split(/[.;!?](?:\s|$)/u).pop()!;
  return ISSUED_ON_BEFORE.test(sentence);
}

/**
 * «Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW»: the document names a body. With
 * its year or its issuer («… Nghị quyết 18-NQ/TW năm 2017 của Chính phủ», seed 000) it is cited as well.
 */
function inBodyName(citation: Citation): boolean {
  if (citation.yearOnly || citation.issuerWords) return false;
  return BODY_NAMED_AFTER.test(citation.paragraph.text.slice(Math.max(0, citation.start - 120), citation.start));
}

const BODY_NAMED_AFTER = /(?:Ban [Cc]hỉ đạo|Tổ công tác|Tổ giúp việc|Ban [Đđ]iều hành|Hội đồng)(?:\s+[\p{L}-]+){0,8}?\s+(?:về\s+)?(?:việc\s+)?(?:tổng kết|sơ kết|thực hiện|triển khai|thi hành)(?:\s+(?:thực hiện|thi hành))?\s+$/u;

/**
 * The citation is the last thing in the draft, its date perhaps begun («… số 12/2026/QĐ-», «… ngày 15/1»): it
 * is being typed, and its date may come next.
 */
function dateBeingTyped(model: NoticeModel, citation: Citation): boolean {
  return DATE_BEGUN.test(model.text.slice(sourceOf(citation, citation.identifier.end)));
}

const DATE_BEGUN = /^[\p{L}\p{N}/-]*[\s*_]*(?:,\s*)?(?:ngày(?:\s+[\d/]*(?:\s*tháng[\s\d]*(?:năm[\s\d]*)?)?)?)?[\s*_]*$/u;

const ISSUED_ON_BEFORE = /(?:^|\s)[Nn]gày\s+(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,.{0,150}?,?\s*(?:đã\s+)?ban\s+hành\s*$/u;

/**
 * The first citation of a document in the content gives its date (a Luật is cited by its name alone). The
 * trích yếu is not the content (PL1 II.5 and II.6): «Kết luận … triển khai Nghị quyết số 57-NQ/TW của Bộ
 * Chính trị» names the resolution the body then cites in full.
 */
export const citationIncomplete: Rule = {
  id: 'citation/incomplete',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm b khoản 6',
  description: 'Lần viện dẫn đầu tiên ghi đủ tên loại, số, ký hiệu và ngày ban hành của văn bản.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nTriển khai Nghị định số 82/2024/NĐ-CP sửa đổi, bổ sung một số điều.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nTriển khai Nghị định số 82/2024/NĐ-CP ngày 10/7/2024 của Chính phủ sửa đổi, bổ sung một số điều.',
  },
  check(model, context) {
    const seen = new Set<string>();
    const citations = citationsOf(model, context.registry);
    // A document cited in full in a footnote («57-NQ/TW[^1]», «[^1]: Nghị quyết số 57-NQ/TW ngày …») is
    // cited in full where its note is marked.
    const notes = new Set(model.footnotes.map((note) => note.content));
    const keyOf = (citation: Citation) => meantKey(citation.identifier, context.registry);
    const inNotes = new Set(citations.filter((citation) => citation.date && notes.has(citation.paragraph)).map(keyOf));
    for (const citation of citations) {
      if (citation.paragraph === model.summary || inNotes.has(keyOf(citation))) continue;
      // «57/NQ-TW ngày 22/12/2024», then «57-NQ/TW»: the first is the first citation, written wrong.
      const meant = keyOf(citation);
      if (seen.has(meant)) continue;
      seen.add(meant);
      const key = citation.identifier.key;
      if (citation.date || !citation.typeName || citation.typeName.type?.name === 'Luật' || datedBefore(citation) || dateBeingTyped(model, citation)) continue;
      const start = sourceOf(citation, citation.start);
      const end = sourceOf(citation, citation.yearOnly?.end ?? citation.identifier.end);
      if (inBodyName(citation)) {
        // Often written without its date, the name of a body is not a citation for certain: a hint only.
        context.report({ start, end, severity: 'information', message: `${key} nằm trong tên một ban, tổ: nếu đây là lần đầu viện dẫn văn bản, cần ghi «ngày …» (và cơ quan ban hành).` });
        continue;
      }
      context.report({ start, end, message: `Thiếu ngày ban hành: lần đầu viện dẫn ${key} cần ghi «ngày …» (và cơ quan ban hành).` });
    }
  },
};
