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
import type { Document } from 'yaml';
import { yaml } from '../lazy-modules';
import type { Root, RootContent } from 'mdast';
import { guardInlineHtml } from './markdown-guard';
import { markdownRegion } from './markdown-regions';
import { memoOf } from '../reuse';
import type { FrontMatter, Span } from './types';

/**
 * Emphasis (and GFM's strikethrough) never hides or moves a comment, a footnote or a fence: CommonMark reads
 * code, HTML, autolinks and links before it. micromark pairs unmatched emphasis marks in quadratic time (24 KB
 * of "*a_" took 10 s), so the pass reads "*" and "_" inside a line as text. Block marks ("* " items, "***"
 * rules) are other constructs and stay.
 */
function withoutEmphasis(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: ['attention', 'strikethrough'] } });
}

function gfmFootnotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

/** A processor as the pass uses it: text in, a tree out. */
interface Parsers {
  full: { parse(text: string): unknown };
  footnotesOnly: { parse(text: string): unknown };
}

// Of GFM the model needs only footnotes; tables, strikethrough and task lists never change where a footnote,
// a comment or a fence is, and cost as much again as the CommonMark parse. Literal autolinks do: a URL
// swallows a glued "[^1]" — so a draft with a URL gets the full GFM parse.
const PROCESSORS: Parsers = {
  full: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(withoutEmphasis),
  footnotesOnly: unified().use(remarkParse).use(gfmFootnotes).use(remarkFrontmatter, ['yaml']).use(withoutEmphasis),
};
/** The same with emphasis read, as they come: what the pass must always equal (tests; made on first use). */
let stockParsers: Parsers | undefined;
const STOCK = (): Parsers =>
  (stockParsers ??= {
    full: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']),
    footnotesOnly: unified().use(remarkParse).use(gfmFootnotes).use(remarkFrontmatter, ['yaml']),
  });
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
  if (!MARKDOWN_TRIGGERS.test(text)) return emptyFacts();
  const region = markdownRegion(text);
  if (region?.text === '') return emptyFacts();
  return region ? parseFacts(text, region.text, region.toSource, { keep: true }) : readMarkdownWhole(text);
}

/**
 * The facts from a parse of the whole draft: what `readMarkdown` must always equal (and its fallback).
 * `stock`: read by the parser as it comes, emphasis read and no opener guarded (the tests' reference).
 */
export function readMarkdownWhole(text: string, options: { stock?: boolean } = {}): MarkdownFacts {
  if (!MARKDOWN_TRIGGERS.test(text)) return emptyFacts();
  return parseFacts(text, text, (offset) => offset, { stock: options.stock });
}

function emptyFacts(): MarkdownFacts {
  return { excluded: [], comments: [], footnoteDefinitions: [], footnoteReferences: [] };
}

type ToSource = (offset: number, isEnd: boolean) => number;

/**
 * Parses `parsed` (the draft or the part of it that matters) and reports spans in the draft. `keep`: the tree
 * is kept for the next check of a draft being edited (a region is a small part of the draft; a whole draft's
 * tree would hold tens of megabytes).
 */
function parseFacts(text: string, parsed: string, toSource: ToSource, { stock = false, keep = false } = {}): MarkdownFacts {
  const facts = emptyFacts();
  // The processor is chosen on the whole draft, so that the region reads exactly as the whole would.
  const processor = AUTOLINK_LITERAL.test(text) ? 'full' : 'footnotesOnly';
  const parse = (): ParsedRegion => {
    if (stock) return { tree: STOCK()[processor].parse(parsed) as Root, restore: (value) => value };
    const guarded = guardInlineHtml(parsed);
    return { tree: PROCESSORS[processor].parse(guarded.text) as Root, restore: guarded.restore };
  };
  // While a draft is edited, a keystroke outside the chunks the pass reads leaves them as they were: their
  // tree is the last one (its offsets are the region's, mapped to the draft below).
  const { tree, restore } = keep && !stock ? (memoOf(parsed)?.get(PARSED_KIND[processor], parse) ?? parse()) : parse();
  // The parser drops a leading BOM and counts its offsets from the character after it.
  const bom = parsed.charCodeAt(0) === 0xfeff ? 1 : 0;
  visit(tree.children, text, bom ? (offset, isEnd) => toSource(offset + bom, isEnd) : toSource, facts, restore);
  facts.excluded.sort((a, b) => a.start - b.start);
  return facts;
}

/** A region's Markdown tree, not to be changed (it may be kept for the next check), and how to read its text back. */
interface ParsedRegion {
  tree: Root;
  restore: (value: string) => string;
}

const PARSED_KIND = { full: 'markdown: tree (GFM)', footnotesOnly: 'markdown: tree (footnotes)' } as const;

const LINE_BREAK = /^<br\s*\/?>$/i;
const TABLE_BLOCK = /^<table\b/i;

function visit(nodes: RootContent[], text: string, toSource: ToSource, facts: MarkdownFacts, restore: (value: string) => string): void {
  for (const node of nodes) {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) continue;
    const start = toSource(from, false);
    const end = toSource(to, true);
    switch (node.type) {
      case 'yaml':
        facts.frontMatter = readFrontMatter(restore(node.value), text, start, end);
        facts.excluded.push({ start, end });
        break;
      case 'html':
        // A line break inside a table cell ("UBND TỈNH<br>SỞ …", a header laid out as a table) is layout:
        // excluded, it would hide its whole line.
        if (LINE_BREAK.test(node.value)) break;
        // A Word table pandoc writes as HTML (the header's two columns, the Nơi nhận beside the signature): its
        // lines are read without their tags (lines.ts), as when the draft needs no Markdown parse.
        if (TABLE_BLOCK.test(node.value)) break;
        facts.excluded.push({ start, end });
        if (node.value.startsWith('<!--')) facts.comments.push({ start, end, value: restore(node.value) });
        break;
      case 'code':
        // An indented "code block" in a pasted draft is just indented prose (PDF text often is).
        if (text.startsWith('```', lineStartOf(text, start)) || text.startsWith('~~~', lineStartOf(text, start))) {
          facts.excluded.push({ start, end });
        }
        break;
      case 'footnoteDefinition': {
        const first = node.children[0]?.position?.start.offset;
        facts.footnoteDefinitions.push({
          start,
          end,
          label: restore(node.label ?? node.identifier),
          content: { start: first === undefined ? end : toSource(first, false), end },
        });
        visit(node.children, text, toSource, facts, restore);
        break;
      }
      case 'footnoteReference':
        facts.footnoteReferences.push({ start, end, label: restore(node.label ?? node.identifier) });
        break;
      default:
        if ('children' in node) visit(node.children as RootContent[], text, toSource, facts, restore);
    }
  }
}

function readFrontMatter(value: string, text: string, start: number, end: number): FrontMatter {
  const document = yaml().parseDocument(value, { prettyErrors: false, logLevel: 'error' });
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
  try {
    const data: unknown = document.toJS({ maxAliasCount: 100 });
    const values = valueSpans(document, valueStart);
    return values ? { start, end, data, values } : { start, end, data };
  } catch (error) {
    // Parsed but not convertible: an alias to no anchor ("*x"), too many aliases.
    const message = error instanceof Error ? error.message : String(error);
    return { start, end, data: undefined, error: { message, span: { start: valueStart, end: Math.max(valueStart + 1, valueStart + value.length) } } };
  }
}

/** The spans of the top-level values of a mapping, in the draft. */
function valueSpans(document: Document, valueStart: number): Record<string, Span> | undefined {
  const { isMap, isScalar, isNode } = yaml();
  if (!isMap(document.contents)) return undefined;
  const values: Record<string, Span> = {};
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !isNode(pair.value) || !pair.value.range) continue;
    const [from, to] = pair.value.range;
    values[pair.key.value] = { start: valueStart + from, end: valueStart + to };
  }
  return values;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  while (text[i] === ' ') i++;
  return i;
}
