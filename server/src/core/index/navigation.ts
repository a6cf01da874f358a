/**
 * From a place in a draft to the document cited there, and on: the draft that is that document or the
 * footnote the citation points at (go to definition), and every place that cites it (find references).
 */
import type { IndexedDraft, Mention, Place } from './types';
import type { CitationIndex } from './workspace';

/** The citation (or the draft's own "Số:") under `offset`, an offset of the draft as given. */
export function mentionAt(draft: IndexedDraft | undefined, offset: number): Mention | undefined {
  if (!draft) return undefined;
  const within = (place: Place) => place.start <= offset && offset <= place.end;
  if (draft.own && within(draft.own.whole)) return draft.own;
  return draft.citations.find((mention) => within(mention.whole));
}

/** The drafts that are the cited document (their "Số:"), then the footnote the citation points at. */
export function definitionsAt(index: CitationIndex, uri: string, offset: number): Place[] {
  const mention = mentionAt(index.get(uri), offset);
  if (!mention || mention.own) return [];
  const owners = index.mentions(mention.key).filter((other) => other.own).map((other) => other.place);
  return mention.footnoteRef ? [...owners, mention.footnoteRef] : owners;
}

/** Every place of the document under `offset` in the workspace; the drafts that are it with the declaration. */
export function referencesAt(index: CitationIndex, uri: string, offset: number, includeDeclaration: boolean): Place[] {
  const mention = mentionAt(index.get(uri), offset);
  if (!mention) return [];
  return index
    .mentions(mention.key)
    .filter((other) => includeDeclaration || !other.own)
    .map((other) => other.place);
}
