/** How a draft is named to a user: its file name ("thong-bao-05.tb.md"), from any URI. */
export function draftName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1) || path;
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
