/**
 * The end of a notice: Nơi nhận with its entries (PL1 II.9) and the signature block (PL1 II.7). In a
 * pasted two-column table both may share lines ("Nơi nhận:   TL. CHỦ TỊCH").
 */
import { isUpperCase, lineField, splitColumns, subField } from './fields';
import { contentOf, type SourceLine } from './lines';
import type { Field, Recipients, SignatureLine, SignatureLineKind } from './types';
import { AUTHORITY_PREFIX, LEADING_BULLET, RECIPIENTS_LABEL } from './vocabulary';

const BULLET = new RegExp(`^${LEADING_BULLET}`, 'u');
const LUU_ENTRY = new RegExp(`^${LEADING_BULLET}\\s*Lưu\\b`, 'u');
/** A line's only text this far from its start is the right-hand column of a two-column layout. */
const RIGHT_COLUMN_INDENT = 30;

export function isRecipientsLabel(line: SourceLine): boolean {
  return RECIPIENTS_LABEL.test(contentOf(line)) && /^[*_]*Nơi\s+nhận/iu.test(contentOf(line));
}

/**
 * Reads the footer: `before` are the lines between the body and the label (a signature pasted first),
 * `label` the "Nơi nhận" line, `after` everything after it.
 */
export function parseFooter(
  text: string,
  before: SourceLine[],
  label: SourceLine | undefined,
  after: SourceLine[],
  pageHeads: readonly number[] = [],
): { recipients?: Recipients; signature: SignatureLine[] } {
  const signature: Field[] = before.flatMap((line) => splitColumns(text, line));
  if (!label) {
    signature.push(...after.flatMap((line) => splitColumns(text, line)));
    return { signature: signature.map(classify) };
  }
  let cells = splitColumns(text, label);
  // A wide gap inside the label itself ("Nơi     nhận:") is not a break between two columns.
  if (cells[0] && !RECIPIENTS_LABEL.test(cells[0].text)) cells = [lineField(text, label)].filter((cell): cell is Field => cell !== undefined);
  const [labelCell, ...labelRest] = cells;
  const labelMatch = labelCell && RECIPIENTS_LABEL.exec(labelCell.text);
  if (!labelCell || !labelMatch) {
    signature.push(...cells, ...after.flatMap((line) => splitColumns(text, line)));
    return { signature: signature.map(classify) };
  }
  const labelField: Field = {
    start: labelCell.start,
    end: labelCell.start + labelMatch[0].trimEnd().length,
    text: labelMatch[0].trimEnd(),
  };
  const entries: Field[] = [];
  // What follows "Nơi nhận:" on its line is the signature's first line ("Nơi nhận:  TL. CHỦ TỊCH") or,
  // when it is not written in capitals, a first recipient.
  const tail = subField(labelCell, labelMatch[0].length, labelCell.text.length);
  if (tail && (isUpperCase(tail.text) || AUTHORITY_PREFIX.test(tail.text))) signature.push(tail);
  else if (tail) entries.push(tail);
  signature.push(...labelRest);
  let inList = true;
  let lastEntryLine = label.index;
  let nextPageHead = 0;
  for (const line of after) {
    // A PDF's page break (pdftotext: a form feed, and the next page's number, a blank line of its own or glued
    // to the line): the list may go on after it, below the signature's first lines when the text came out
    // column by column.
    let pageBreak = false;
    while (nextPageHead < pageHeads.length && pageHeads[nextPageHead]! < line.index) {
      pageBreak ||= pageHeads[nextPageHead]! > label.index;
      nextPageHead++;
    }
    if (pageBreak || line.raw.includes('\f')) {
      if (!entries.some((entry) => LUU_ENTRY.test(entry.text))) inList = true;
      if (line.raw.includes('\f')) continue;
    }
    const [first, ...rest] = splitColumns(text, line);
    if (!first) continue;
    const previous = entries[entries.length - 1];
    if (inList && (BULLET.test(first.text) || (line.index === lastEntryLine + 1 && isUnbulletedEntry(first, previous)))) {
      lastEntryLine = line.index;
      const [entry, glued] = gluedSignature(first);
      entries.push(entry);
      if (glued) signature.push(glued);
      signature.push(...rest);
    } else if (inList && previous && isEntryContinuation(previous, first)) {
      lastEntryLine = line.index;
      entries[entries.length - 1] = { start: previous.start, end: first.end, text: `${previous.text} ${first.text}` };
      signature.push(...rest);
    } else if (inList && rest.length === 0 && first.start - line.start >= RIGHT_COLUMN_INDENT && !entries.some((entry) => LUU_ENTRY.test(entry.text))) {
      // The signature's column alone on a line amid the list (pdftotext -layout: «Đại tá Trương Quốc Khánh»
      // between two recipients): the list goes on under it.
      signature.push(first);
    } else {
      inList = false;
      signature.push(first, ...rest);
    }
  }
  return { recipients: { label: labelField, entries }, signature: signature.map(classify) };
}

/**
 * A recipient and the signature's line beside it, joined by one space when two columns were pasted as text
 * («- UBND tỉnh (báo cáo); PHÓ GIÁM ĐỐC», «- Lưu: VT, KHTH. Huỳnh Văn Thành»): after the entry's own «;» or
 * «.», an authority, a title in capitals, or on the Lưu line the signer's name.
 */
function gluedSignature(entry: Field): [Field, Field?] {
  const match = /[;.] +(?=\S)/gu;
  for (let found = match.exec(entry.text); found; found = match.exec(entry.text)) {
    const tail = subField(entry, found.index + found[0].length, entry.text.length);
    if (!tail) continue;
    const signatureLine =
      AUTHORITY_PREFIX.test(tail.text) ||
      (isUpperCase(tail.text) && /\p{L}\s+\p{L}/u.test(tail.text) && !/[\d,;:()]/u.test(tail.text)) ||
      (LUU_ENTRY.test(entry.text) && PERSON_NAME.test(tail.text));
    if (signatureLine) return [subField(entry, 0, found.index + 1)!, tail];
  }
  return [entry];
}

/**
 * A recipient typed without its «- », on the line right under another («Các phòng, đơn vị thuộc Sở;», «Lưu:
 * VT, VP.»): it ends as an entry does, or it is the Lưu line, and the entry above it has ended (else it is that
 * entry wrapped, as a PDF gives it; an entry ending in «:» goes on with its members: «- Văn phòng Sở:» ⏎ «CVP,
 * các PCVP;»). recipients/entries reports the missing dash.
 */
function isUnbulletedEntry(cell: Field, previous: Field | undefined): boolean {
  if ((previous && !/[;.]$/u.test(previous.text)) || isUpperCase(cell.text) || AUTHORITY_PREFIX.test(cell.text)) return false;
  return /^Lưu\s*:/u.test(cell.text) || (/[;.]$/u.test(cell.text) && !PERSON_NAME.test(cell.text.slice(0, -1)));
}

/**
 * The entry above goes on: it has not ended («;», «.»), and the line is no line of the signature. A line of
 * codes in capitals that ends as a list does («KTTH, QHĐP;» under «- VPCP: …, các Vụ: TH,») goes on it; a
 * title never ends so. The signer's name under the Lưu line («- Lưu: VT, KTTH» ⏎ «<tab>Nguyễn Thị Mỹ Hạnh»)
 * does not.
 */
function isEntryContinuation(previous: Field, next: Field): boolean {
  if (/[;.]$/.test(previous.text) || AUTHORITY_PREFIX.test(next.text)) return false;
  if (LUU_ENTRY.test(previous.text) && PERSON_NAME.test(next.text)) return false;
  return !isUpperCase(next.text) || /[,;]$/u.test(next.text);
}

function classify(field: Field): SignatureLine {
  return { ...field, kind: kindOf(field.text) };
}

function kindOf(text: string): SignatureLineKind {
  if (AUTHORITY_PREFIX.test(text)) return 'authority';
  if (isUpperCase(text)) return 'title';
  if (PERSON_NAME.test(text)) return 'name';
  return 'other';
}

// Up to three words before it (a title: "TS. Nguyễn Văn A"), then two to six capitalised words; a word may
// hold an apostrophe, as Ê Đê and Gia Rai names do ("H'Hen Niê", "Nguyễn Thị H’Ma").
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?`;
const PERSON_NAME = new RegExp(String.raw`^(?:[\p{L}.'’]+\s+){0,3}${NAME_WORD}(?:\s+${NAME_WORD}){1,5}$`, 'u');
