/**
 * Runs the rules that read one paragraph at a time (ParagraphRule). While a draft is edited, what they found
 * in a paragraph is kept in the draft's Reuse under the paragraph's source text and line layout, relative to
 * where the paragraph starts: after a keystroke only the paragraph it touched is checked again, and the
 * others' findings are moved to where their paragraphs now stand. A rule sees only its paragraph, the
 * registry (a Reuse forgets everything when the registry changes), the text inside the paragraph and the two
 * facts of the whole draft its context gives (whether its lists are padded, whether a table is laid out in
 * columns, which the kind names), all of
 * which the key holds, so a kept finding is the one a fresh check would make (the reuse property test).
 */
import type { NoticeModel, Paragraph, Span } from './model/types';
import type { Registry } from './registry/registry';
import { listsArePadded } from './model/list-padding';
import { tablesLaidOut } from './model/table-layout';
import { internedKind, reused, reusing } from './reuse';
import { detached } from './text/chars';
import type { ParagraphContext, ParagraphRule, Report } from './rules/types';
import { bodyParagraphs, citedParagraphs, prose } from './rules/util';

export interface ParagraphRuleSink {
  report(rule: ParagraphRule, finding: Report): void;
  fail(rule: ParagraphRule, error: unknown): void;
}

/** What the rules found in one paragraph, at offsets from its start. */
interface Found {
  findings: { rule: ParagraphRule; finding: Report }[];
  failures: { rule: ParagraphRule; error: unknown }[];
}

export function runParagraphRules(model: NoticeModel, rules: readonly ParagraphRule[], registry: Registry, sink: ParagraphRuleSink): void {
  if (rules.length === 0) return;
  // The kind names the rules that ran, and what of the whole draft they were told: turning one off or on, or
  // a draft's lists padded or not, does not read another set's findings.
  const listsPadded = listsArePadded(model.text);
  const tables = tablesLaidOut(model.text);
  const kind = internedKind(`paragraph rules: ${rules.map((rule) => rule.id).join(' ')}${listsPadded ? ' (lists padded)' : ''}${tables ? ' (tables laid out)' : ''}`);
  const byRole = {
    summary: rules.filter((rule) => rule.paragraphs !== 'body'),
    body: rules,
    footnote: rules.filter((rule) => rule.paragraphs === 'cited'),
  };
  // One context per rule for the whole check. Kept for the next check, findings are stored relative to
  // their paragraph (`into`, `base`); otherwise they go straight to the sink.
  let into: Found | undefined;
  let base = 0;
  const contexts = new Map(
    rules.map((rule) => {
      const report = (finding: Report) => (into ? into.findings.push({ rule, finding: moved(finding, -base) }) : sink.report(rule, finding));
      return [rule, { report, registry, source: model.text, listsPadded, tablesLaidOut: tables }];
    }),
  );
  const run = (rule: ParagraphRule, paragraph: Paragraph, context: ParagraphContext) => {
    try {
      rule.checkParagraph(paragraph, context);
    } catch (error) {
      if (into) into.failures.push({ rule, error });
      else sink.fail(rule, error);
    }
  };
  const check = (paragraph: Paragraph, members: readonly ParagraphRule[]) => {
    for (const rule of members) run(rule, paragraph, contexts.get(rule)!);
  };
  if (!reusing()) {
    // Nothing to keep: each rule over its paragraphs in turn, which keeps its code and data hot.
    for (const rule of rules) {
      const context = contexts.get(rule)!;
      for (const paragraph of PARAGRAPHS[rule.paragraphs](model)) run(rule, paragraph, context);
    }
    return;
  }
  // Every paragraph any rule reads, once, in the draft's order, found in its text's memo; the few layouts a
  // text has are told apart in the entry.
  const source = model.text;
  for (const paragraph of citedParagraphs(model)) {
    const role = paragraph === model.summary ? 'summary' : isFootnote(model, paragraph) ? 'footnote' : 'body';
    const members = byRole[role];
    if (members.length === 0) continue;
    const layouts = reused(kind, paragraph, (): Layout[] => []);
    let layout = layouts.find((known) => sameLayout(known, role, source, paragraph));
    if (!layout) {
      into = { findings: [], failures: [] };
      base = paragraph.start;
      check(paragraph, members);
      layout = { role, lines: relativeLines(paragraph), source: detached(source.slice(paragraph.start, paragraph.end)), found: into };
      into = undefined;
      // A text seldom stands in more than one layout; a few are kept, the oldest let go.
      if (layouts.unshift(layout) > MAX_LAYOUTS) layouts.pop();
    }
    for (const { rule, finding } of layout.found.findings) sink.report(rule, moved(finding, paragraph.start));
    for (const { rule, error } of layout.found.failures) sink.fail(rule, error);
  }
}

/**
 * A paragraph's text in one layout, and what the rules found there. The role, the lines relative to the
 * paragraph's start and the source they cover are all a rule may read besides the text.
 */
interface Layout {
  role: string;
  lines: number[];
  source: string;
  found: Found;
}

const MAX_LAYOUTS = 4;

function relativeLines(paragraph: Paragraph): number[] {
  const offsets: number[] = [];
  for (const line of paragraph.lines) offsets.push(line.start - paragraph.start, line.end - paragraph.start);
  return offsets;
}

function sameLayout(known: Layout, role: string, source: string, paragraph: Paragraph): boolean {
  if (known.role !== role || known.lines.length !== paragraph.lines.length * 2) return false;
  for (let i = 0; i < paragraph.lines.length; i++) {
    const line = paragraph.lines[i]!;
    if (known.lines[2 * i] !== line.start - paragraph.start || known.lines[2 * i + 1] !== line.end - paragraph.start) return false;
  }
  // Compared, not hashed: most paragraphs are found, and a comparison reads the source once (a slice compared
  // with === runs as a memory comparison; startsWith at an offset was 20 times slower).
  return known.source === source.slice(paragraph.start, paragraph.end);
}

const PARAGRAPHS = { prose, body: bodyParagraphs, cited: citedParagraphs };

function isFootnote(model: NoticeModel, paragraph: Paragraph): boolean {
  let contents = footnoteContents.get(model);
  if (!contents) footnoteContents.set(model, (contents = new Set(model.footnotes.map((note) => note.content))));
  return contents.has(paragraph);
}

const footnoteContents = new WeakMap<NoticeModel, Set<Paragraph>>();

function moved(finding: Report, by: number): Report {
  const shifted: Report = { ...finding, start: finding.start + by, end: finding.end + by };
  if (finding.fix) shifted.fix = { title: finding.fix.title, edits: finding.fix.edits.map((edit) => ({ ...shift(edit, by), newText: edit.newText })) };
  if (finding.related) shifted.related = finding.related.map((related) => ({ ...shift(related, by), message: related.message }));
  return shifted;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
