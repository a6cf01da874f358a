/**
 * Whether a converter padded the draft's list items: pandoc writes «1.  Thống nhất …», «-   Sở Y tế;», «10. …»,
 * the text of every item at the fourth column after its mark. The spaces after a mark are then Markdown's,
 * and print as one. A draft typed by hand has them as they came (seed 000 «-  Giao …» among «- Các đơn vị …»,
 * seed 002 «3.  Đảm bảo …» after «2. Hỗ trợ …»): a slip of the hand.
 */
import { scannedAroundEdit } from '../reuse';
import { spansWithin } from '../text/search';

// An item's mark at the start of a line (indented at most three spaces), and the spaces after it.
const LIST_ITEM_MARK = /^[ \t]{0,3}(?:\d{1,9}[.)]|[-*+])( +)(?=\S)/gmu;
const PADDED_WIDTH = 4;

export function listsArePadded(text: string): boolean {
  // While the draft is edited, only the lines the edit changed are searched again.
  const marks = scannedAroundEdit('list item marks', text, (draft, from, to) => spansWithin(draft, from, to, LIST_ITEM_MARK));
  if (marks.length < 2) return false;
  let wide = false;
  for (const { start, end } of marks) {
    let mark = start;
    while (text.charCodeAt(mark) === 0x20 || text.charCodeAt(mark) === 0x09) mark++;
    if (end - mark !== PADDED_WIDTH) return false;
    wide ||= text.charCodeAt(end - 2) === 0x20;
  }
  return wide;
}
