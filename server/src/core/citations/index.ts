/** Every citation of a draft (trích yếu, body and footnotes), read once per model and registry. */
import type { NoticeModel, Paragraph } from '../model/types';
import type { Registry } from '../registry/registry';
import { citedParagraphs } from '../rules/util';
import { remembers, reused } from '../reuse';
import { findCitations } from './parse';

export { issuerNames } from './parse';
import type { Citation } from './types';

const cache = new WeakMap<NoticeModel, { registry: Registry; citations: Citation[] }>();

export function citationsOf(model: NoticeModel, registry: Registry): Citation[] {
  const cached = cache.get(model);
  if (cached && cached.registry === registry) return cached.citations;
  const citations: Citation[] = [];
  for (const paragraph of citedParagraphs(model)) for (const citation of citationsIn(paragraph, registry)) citations.push(citation);
  cache.set(model, { registry, citations });
  return citations;
}

/** The citations of one paragraph (of the prose or a footnote), read once per paragraph and registry. */
export function citationsIn(paragraph: Paragraph, registry: Registry): Citation[] {
  // Several rules read each paragraph's citations, in a check with or without reuse.
  const cached = byParagraph.get(paragraph);
  if (cached && cached.registry === registry) return cached.citations;
  // Reused from an earlier check of the draft, a paragraph's citations point at that check's paragraph.
  const found = reused('citations', paragraph, () => findCitations(paragraph, registry));
  // Most paragraphs cite nothing: kept in the memo, that answer needs no entry here.
  if (found.length === 0 && remembers(paragraph)) return found;
  const citations = found.length === 0 || found[0]!.paragraph === paragraph ? found : found.map((citation) => ({ ...citation, paragraph }));
  byParagraph.set(paragraph, { registry, citations });
  return citations;
}

const byParagraph = new WeakMap<Paragraph, { registry: Registry; citations: Citation[] }>();

/** The draft's offset of a position in the citation's paragraph. */
export function sourceOf(citation: Citation, offset: number): number {
  return citation.paragraph.sourceOffset(offset);
}
