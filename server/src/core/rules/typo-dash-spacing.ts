import { findMarker } from '../model/body';
import { citationsIn } from '../citations/index';
import type { Paragraph } from '../model/types';
import type { Registry } from '../registry/registry';
import type { ParagraphRule } from './types';
import { classAt, classBefore, LETTER } from '../text/letters';

/**
 * A dash glued to one word and spaced from the other ("Trần Phước Hiền- Phó Chủ tịch"). Either a comma or a
 * dash with a space on both sides is meant, so no fix is offered.
 */
export const typoDashSpacing: ParagraphRule = {
  id: 'typo/dash-spacing',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Dấu gạch giữa hai chữ có dấu cách ở cả hai bên, hoặc dính liền cả hai bên (KH-TC).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nÝ kiến chỉ đạo của đồng chí Trần Phước Hiền- Phó Chủ tịch UBND tỉnh.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nÝ kiến chỉ đạo của đồng chí Trần Phước Hiền, Phó Chủ tịch UBND tỉnh.",
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    // «I- ĐÁNH GIÁ CHUNG»: a Party document's numbering (model/body), not a dash.
    const marker = findMarker(paragraph.text, 0);
    const markerDash = marker?.style === 'hyphen' ? paragraph.sourceOffset(marker.end - 1) : -1;
    for (const line of paragraph.lines) {
      const text = context.source.slice(line.start, line.end);
      if (!text.includes('-') && !text.includes('–')) continue;
      for (const at of dashesGluedOnOneSide(text)) {
        const start = line.start + at;
        if (start === markerDash) continue;
        // A dash of a number and symbol («12/KH -UBND») is citation/spacing's, with its fix.
        if (inIdentifier(paragraph, context.registry, start)) continue;
        context.report({
          start,
          end: start + 1,
          message: 'Sai dấu gạch: dính vào một chữ mà cách chữ kia, cần « - » (cách hai bên) hoặc dấu phẩy.',
        });
      }
    }
  },
};

function inIdentifier(paragraph: Paragraph, registry: Registry, offset: number): boolean {
  return citationsIn(paragraph, registry).some(({ identifier }) => paragraph.sourceOffset(identifier.start) <= offset && offset < paragraph.sourceOffset(identifier.end));
}

/**
 * Where a dash touches a letter on one side and has a space then a letter on the other: what
 * /(?<=\p{L})[-–](?= \p{L})|(?<=\p{L} )[-–](?=\p{L})/gu finds, read at the dashes only.
 */
export function dashesGluedOnOneSide(text: string): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x2d && code !== 0x2013) continue;
    const letterBefore = (classBefore(text, at) & LETTER) !== 0;
    const letterAfter = (classAt(text, at + 1) & LETTER) !== 0;
    const gluedLeft = letterBefore && text[at + 1] === ' ' && (classAt(text, at + 2) & LETTER) !== 0;
    const gluedRight = letterAfter && text[at - 1] === ' ' && (classBefore(text, at - 1) & LETTER) !== 0;
    if (gluedLeft || gluedRight) found.push(at);
  }
  return found;
}
