/** Zero-based position in UTF-16 code units, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Maps offsets of a text to line/character positions and back. This is the only place where offsets
 * become positions; everything else in the core speaks in offsets.
 */
export class LineIndex {
  /** Offset at which each line starts. A line ends before its "\n", "\r\n" or "\r". */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    // Line breaks found by indexOf (a machine-level search), not character by character: the server builds
    // an index for every version of a draft being edited.
    const starts = [0];
    let feed = text.indexOf('\n');
    let carriage = text.indexOf('\r');
    while (feed !== -1 || carriage !== -1) {
      const next = carriage === -1 || (feed !== -1 && feed < carriage) ? feed + 1 : carriage + (text.charCodeAt(carriage + 1) === 10 ? 2 : 1);
      starts.push(next);
      if (feed !== -1 && feed < next) feed = text.indexOf('\n', next);
      if (carriage !== -1 && carriage < next) carriage = text.indexOf('\r', next);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just past the last character of the line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}
