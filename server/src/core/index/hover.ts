/**
 * The hover of a citation: what the document is (type, number, date, issuer, subject, per the registry,
 * else the draft that is it, else this citation), whether it is still in force, and where else it is cited.
 * A pure function of the index; the language server turns it into a Hover.
 */
import type { Registry } from '../registry/registry';
import { formatDay, knownDate, mayBeSameDocument, sameDay } from './facts';
import { draftName } from './names';
import { mentionAt } from './navigation';
import type { Mention } from './types';
import type { CitationIndex } from './workspace';

const MAX_PLACES = 10;

export function citationHover(index: CitationIndex, uri: string, offset: number, registry: Registry): string | undefined {
  const mention = mentionAt(index.get(uri), offset);
  if (!mention) return undefined;
  // The registry's document under this number is another one when the number restarts and the years differ.
  const listed = registry.document(mention.key);
  const listedDate = knownDate(listed);
  const known = listedDate && mention.date && !mayBeSameDocument(mention.key, mention.date, listedDate) ? undefined : listed;
  const all = index.mentions(mention.key);
  const owner = all.find((other) => other.own && other !== mention);
  const type = known?.type ?? mention.typeName ?? owner?.typeName;
  const lines = [`**${escape(type ? `${type} số ${mention.key}` : `Văn bản số ${mention.key}`)}**`, ''];

  const registryDate = knownDate(known);
  const writtenHere = mention.date ? ` — ở đây ghi ${escape(mention.date.text)}` : '';
  if (registryDate) {
    const differs = mention.date && !sameDay(mention.date, registryDate);
    lines.push(`- Ngày ban hành: ${formatDay(registryDate)} (danh mục văn bản)${differs ? writtenHere : ''}`);
  } else if (owner?.date) {
    const differs = mention.date && !sameDay(mention.date, owner.date);
    lines.push(`- Ngày ban hành: ${escape(owner.date.text)} (chính văn bản đó, ${escape(draftName(owner.place.uri))})${differs ? writtenHere : ''}`);
  } else if (mention.date) {
    lines.push(`- Ngày ban hành: ${escape(mention.date.text)}`);
  }
  const issuer = known?.issuer ?? owner?.issuer?.text ?? mention.issuer?.text;
  if (issuer) lines.push(`- Cơ quan ban hành: ${escape(issuer)}`);
  const subject = known?.subject ?? owner?.subject ?? mention.subject;
  if (subject) lines.push(`- Trích yếu: ${escape(subject)}`);
  const status = statusLine(known, registry);
  if (status) lines.push(`- Hiệu lực: ${status}`);
  if (mention.footnote !== undefined) lines.push(`- Trong chú thích ${escape(mention.footnote)}`);

  const elsewhere = all.filter((other) => other !== mention);
  if (elsewhere.length > 0) {
    lines.push('', `Có ở ${elsewhere.length} chỗ khác trong thư mục làm việc:`, '');
    for (const other of elsewhere.slice(0, MAX_PLACES)) lines.push(`- ${placeLink(other)}${other.own ? ' — chính văn bản này' : other.date ? ` — ngày ${escape(other.date.text)}` : ''}`);
    if (elsewhere.length > MAX_PLACES) lines.push(`- … và ${elsewhere.length - MAX_PLACES} chỗ nữa («Tìm mọi tham chiếu» để xem đủ)`);
  } else if (!known) {
    lines.push('', '_Chưa có trong danh mục văn bản và chưa được viện dẫn ở dự thảo nào khác._');
  }
  return lines.join('\n');
}

function statusLine(known: ReturnType<Registry['document']>, registry: Registry): string | undefined {
  if (!known?.status || known.status === 'unknown') return undefined;
  if (known.status === 'in-force') return 'còn hiệu lực (danh mục văn bản)';
  const by = known.replacedBy ? registry.document(known.replacedBy) : undefined;
  const replacement = known.replacedBy ? ` bởi ${escape(`${by?.type ? `${by.type} ` : ''}số ${known.replacedBy}`)}` : '';
  return `**${known.status === 'replaced' ? 'đã bị thay thế' : 'đã bị bãi bỏ'}**${replacement} (danh mục văn bản)`;
}

/** "[a.tb.md, dòng 12](file:///…/a.tb.md#L12)": VS Code opens the draft at that line. */
function placeLink(mention: Mention): string {
  const line = mention.place.range.start.line + 1;
  return `[${escape(`${draftName(mention.place.uri)}, dòng ${line}`)}](${mention.place.uri}#L${line})`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
