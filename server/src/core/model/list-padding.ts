/**
 * Whether a converter padded the draft's list items: pandoc writes «1.  Thống nhất …», «-   Sở Y tế;», «10. …»,
 * the text of every item at the fourth column after its mark; pdftotext -layout writes Word's tab after an
 * auto-number as the spaces to its stop («      1.     Thống nhất …»), the same for every item. The spaces
 * after a mark are then the layout's, and print as one gap. A draft typed by hand has them as they came (seed
 * 000 «-  Giao …» among «- Các đơn vị …», seed 002 «3.  Đảm bảo …» after «2. Hỗ trợ …»): a slip of the hand.
 */
import { scannedAroundEdit } from '../reuse';
import { spansWithin } from '../text/search';

// An item's mark at the start of a line (indented as a first line may be), and the spaces after it.
const LIST_ITEM_MARK = /^[ \t]{0,8}(?:\d{1,9}[.)]|[-*+])( +)(?=\S)/gmu;

export function listsArePadded(text: string): boolean {
  // While the draft is edited, only the lines the edit changed are searched again.
  const marks = scannedAroundEdit('list item marks', text, (draft, from, to) => spansWithin(draft, from, to, LIST_ITEM_MARK));
  if (marks.length < 2) return false;
  // From the mark to the item's text: the same for every numbered item, and for every bulleted one (a Nơi
  // nhận typed with «- » under items a converter numbered is no slip either).
  const widths = { numbered: -1, bulleted: -1 };
  let wide = false;
  for (const { start, end } of marks) {
    let mark = start;
    while (text.charCodeAt(mark) === 0x20 || text.charCodeAt(mark) === 0x09) mark++;
    const kind = isDigit(text.charCodeAt(mark)) ? 'numbered' : 'bulleted';
    if (widths[kind] >= 0 && end - mark !== widths[kind]) return false;
    widths[kind] = end - mark;
    wide ||= text.charCodeAt(end - 2) === 0x20;
  }
  return wide;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
