/**
 * The Markdown pass: remark-parse (with GFM footnotes and YAML front matter) finds what is not prose:
 * front matter, HTML comments, fenced code, and GFM footnote definitions and references.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { parseDocument } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { FrontMatter, Span } from './types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
// Of GFM the model needs only footnotes; tables, strikethrough and task lists never change where a footnote,
// a comment or a fence is, and cost as much again as the CommonMark parse. Literal autolinks do: a URL
// swallows a glued "[^1]" — so a draft with a URL gets the full GFM parse.
const footnotesOnly = unified()
  .use(remarkParse)
  .use(function gfmFootnotes(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmFootnote());
    (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
  })
  .use(remarkFrontmatter, ['yaml']);
const AUTOLINK_LITERAL = /www\.|https?:\/\//i;

export interface GfmFootnote extends Span {
  label: string;
  /** Span of the definition's content, after "[^1]:". */
  content: Span;
}

export interface MarkdownFacts {
  frontMatter?: FrontMatter;
  /** Front matter, HTML comments and fenced code: never read as prose. */
  excluded: Span[];
  /** HTML comments, for inline directives. */
  comments: (Span & { value: string })[];
  footnoteDefinitions: GfmFootnote[];
  footnoteReferences: (Span & { label: string })[];
}

// Only these constructs matter to the model; a draft without any of them (most pasted text) needs no
// Markdown parse, which is by far the most expensive step (remark is slow on long lists).
const MARKDOWN_TRIGGERS = /^(?:---|\+\+\+)\s*$|<!--|```|~~~|\[\^/m;

export function readMarkdown(text: string): MarkdownFacts {
  const facts: MarkdownFacts = { excluded: [], comments: [], footnoteDefinitions: [], footnoteReferences: [] };
  if (!MARKDOWN_TRIGGERS.test(text)) return facts;
  const tree = (AUTOLINK_LITERAL.test(text) ? processor : footnotesOnly).parse(text) as Root;
  visit(tree.children, text, facts);
  facts.excluded.sort((a, b) => a.start - b.start);
  return facts;
}

function visit(nodes: RootContent[], text: string, facts: MarkdownFacts): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'yaml':
        facts.frontMatter = readFrontMatter(node.value, text, start, end);
        facts.excluded.push({ start, end });
        break;
      case 'html':
        facts.excluded.push({ start, end });
        if (node.value.startsWith('<!--')) facts.comments.push({ start, end, value: node.value });
        break;
      case 'code':
        // An indented "code block" in a pasted draft is just indented prose (PDF text often is).
        if (text.startsWith('```', lineStartOf(text, start)) || text.startsWith('~~~', lineStartOf(text, start))) {
          facts.excluded.push({ start, end });
        }
        break;
      case 'footnoteDefinition': {
        const first = node.children[0]?.position?.start.offset ?? end;
        facts.footnoteDefinitions.push({ start, end, label: node.label ?? node.identifier, content: { start: first, end } });
        visit(node.children, text, facts);
        break;
      }
      case 'footnoteReference':
        facts.footnoteReferences.push({ start, end, label: node.label ?? node.identifier });
        break;
      default:
        if ('children' in node) visit(node.children as RootContent[], text, facts);
    }
  }
}

function readFrontMatter(value: string, text: string, start: number, end: number): FrontMatter {
  const document = parseDocument(value, { prettyErrors: false });
  const valueStart = text.indexOf(value, start);
  const firstError = document.errors[0];
  if (firstError) {
    const [from, to] = firstError.pos;
    return {
      start,
      end,
      data: undefined,
      error: { message: firstError.message, span: { start: valueStart + from, end: valueStart + Math.max(to, from + 1) } },
    };
  }
  return { start, end, data: document.toJS({ maxAliasCount: 100 }) };
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  while (text[i] === ' ') i++;
  return i;
}
