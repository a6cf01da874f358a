/** How a draft is named to a user: its file name ("thong-bao-05.tb.md"), from any URI. */
export function draftName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  // "file:///…/a.tb.md" → "a.tb.md"; "untitled:Untitled-1" → "Untitled-1".
  const last = path.slice(path.lastIndexOf('/') + 1).replace(/^[a-z][\w+.-]*:/i, '') || path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** "thong-bao-05.tb.md, dòng 12". */
export function placeName(mention: { place: { uri: string; range: { start: { line: number } } } }): string {
  return `${draftName(mention.place.uri)}, dòng ${mention.place.range.start.line + 1}`;
}
