import type { BodyNode, MarkerKind } from '../model/types';
import type { Rule } from './types';
import { walkBody } from './util';

/** The order of points: the Vietnamese alphabet without f, j, w, z (PL1 Mục V, mục 6.b). */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const SEQUENCED: MarkerKind[] = ['roman', 'arabic', 'decimal', 'letter', 'paren'];
const NONE: ReadonlySet<BodyNode> = new Set();

/** Siblings numbered I., II.; 1., 2.; 1.1., 1.2.; a), b); (1), (2): no gap, no repeat, in order. */
export const bodyNumbering: Rule = {
  id: 'body/numbering',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục V, mục 6',
  description: 'Các mục, khoản, điểm cùng cấp đánh số liên tục, không bỏ sót, không lặp, đúng thứ tự (điểm theo bảng chữ cái tiếng Việt).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Đánh giá kết quả\n\n3. Nhiệm vụ quý IV\n\na) Rà soát.\n\nc) Báo cáo.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n1. Đánh giá kết quả\n\n2. Nhiệm vụ quý IV\n\na) Rà soát.\n\nb) Báo cáo.",
  },
  check(model, context) {
    // A part of a notice (front matter «fragment: true», or text pasted without header nor tên loại) may begin
    // in the middle of the body: its top level may start at «II.» or «3.»; what follows is still checked.
    const part = context.fragment || (!model.header.nationalTitle && !model.header.issuingAgency && !model.title);
    const visited = new Set<BodyNode[]>();
    for (const { siblings } of walkBody(model.body)) {
      if (visited.has(siblings)) continue;
      visited.add(siblings);
      for (const kind of SEQUENCED) {
        const numbered = siblings.filter((node) => node.marker?.kind === kind);
        const autoNumbered = kind === 'arabic' && numbered.length > 1 ? allOnes(numbered, model.text) : [];
        for (const run of autoNumbered) {
          const marker = run[1]!.marker!;
          context.report({
            start: marker.start,
            end: marker.end,
            message: `Sai số thứ tự: ${run.length} mục liền nhau đều ghi «1.» (danh sách tự đánh số của Markdown, Google Docs), bản in vẫn ghi «1.»; cần «1.», «2.», «3.», …`,
          });
        }
        const skipped = autoNumbered.length > 0 ? new Set(autoNumbered.flat()) : NONE;
        let previous: number | undefined;
        for (const node of numbered) {
          if (skipped.has(node)) continue;
          const marker = node.marker!;
          const position = positionOf(kind, marker.text);
          if (position === undefined) continue;
          const expected = previous === undefined ? (part && siblings === model.body ? position : 1) : previous + 1;
          if (position !== expected) {
            const wanted = labelOf(kind, expected, marker.text);
            context.report({
              start: marker.start,
              end: marker.end,
              message:
                previous !== undefined && position === previous
                  ? `Sai số thứ tự: «${marker.text}» lặp lại, cần «${wanted}».`
                  : `Sai số thứ tự: «${marker.text}» không liền sau số trước, cần «${wanted}».`,
            });
          }
          previous = position;
        }
      }
    }
  },
};

/**
 * Items written «1.» one after another, alike in weight (a list whose every item a converter or Google Docs
 * wrote «1.»): one finding for the run, and the run stands apart from the sequence around it («**1\. Tuần …**»
 * headings with such a list under each).
 */
function allOnes(numbered: BodyNode[], text: string): BodyNode[][] {
  const runs: BodyNode[][] = [];
  let run: BodyNode[] = [];
  const bold = (node: BodyNode) => /(?:\*\*|__)$/u.test(text.slice(Math.max(0, node.marker!.start - 2), node.marker!.start));
  for (const node of numbered) {
    if (node.marker!.text === '1.' && (run.length === 0 || bold(run[0]!) === bold(node))) {
      run.push(node);
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = node.marker!.text === '1.' ? [node] : [];
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function positionOf(kind: MarkerKind, text: string): number | undefined {
  const core = text.replace(/[().-]+$/g, '').replace(/^\(/, '');
  switch (kind) {
    case 'roman':
      return ROMAN.indexOf(core) + 1 || undefined;
    case 'letter': {
      const index = POINT_LETTERS.indexOf(core);
      return index >= 0 ? index + 1 : undefined;
    }
    case 'decimal':
      return Number(core.split('.').filter(Boolean).at(-1));
    default:
      return Number(core);
  }
}

function labelOf(kind: MarkerKind, position: number, like: string): string {
  switch (kind) {
    case 'roman':
      return `${ROMAN[position - 1] ?? position}${like.endsWith('-') ? '-' : '.'}`;
    case 'letter':
      return `${POINT_LETTERS[position - 1] ?? '?'})`;
    case 'paren':
      return `(${position})`;
    case 'decimal': {
      const parts = like.split('.').filter(Boolean);
      parts[parts.length - 1] = String(position);
      return `${parts.join('.')}.`;
    }
    default:
      return `${position}${like.endsWith('-') ? '-' : '.'}`;
  }
}
