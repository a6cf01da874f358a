/**
 * The core's entry: text in, the document model and the findings out. Pure: no file system, no editor.
 * The language server, the command line and the tests all call this.
 */
import type { RuleSettings } from './config';
import { readDirectives, silencer } from './directives';
import { parseNotice } from './model/parse';
import type { NoticeModel } from './model/types';
import { RULES } from './rules/index';
import { withReuse, type Reuse } from './reuse';
import { builtinRegistry } from './registry/builtin';
import type { Registry } from './registry/registry';
import type { Agency } from './registry/types';
import { isParagraphRule, type Finding, type ParagraphRule, type Report, type Rule, type WorkspaceContext } from './rules/types';
import { runParagraphRules } from './paragraph-rules';
import { LineIndex } from './text/lines';
import { inFormOf, normalizeNfc } from './text/normalize';
import { legacyWord, typoLegacyEncoding } from './rules/typo-legacy-encoding';

export interface CheckOptions {
  rules?: RuleSettings;
  /** Built-in data merged with the workspace's; the built-in registry when absent. */
  registry?: Registry;
  /** Treat the draft as a fragment of a notice (a setting); front matter `fragment:` wins. */
  fragment?: boolean;
  /** The workspace index, for the rules that compare drafts; without it the draft is checked alone. */
  workspace?: WorkspaceContext;
  /** What earlier checks of the same draft computed (the editor keeps one per open draft being edited). */
  reuse?: Reuse;
}

export interface CheckResult {
  /** The model of the NFC-normalised draft (its spans index `model.text`). */
  model: NoticeModel;
  /** Findings with offsets in the draft exactly as given (not normalised). */
  findings: Finding[];
  /** Maps an offset of `model.text` to the draft as given. */
  toSource(offset: number): number;
  /** Rules that threw; their findings are missing, the others stand. */
  failures: { ruleId: string; error: unknown }[];
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  // While a draft is edited, only the lines the edit changed are read to tell that it is still in NFC.
  const normalized = options.reuse ? options.reuse.normalize(text) : normalizeNfc(text);
  const findings: Finding[] = [];
  const failures: CheckResult['failures'] = [];
  const registry = options.registry ?? builtinRegistry();
  // The parse runs with the reuse too: a paragraph's text is then the very string the scans looked up before.
  const model = withReuse(options.reuse, registry, normalized.text, () => {
    const model = parseNotice(normalized.text);
    const front = readFrontMatter(model);
    const fragment = front.fragment ?? options.fragment ?? registry.profile.fragment ?? false;
    const { issuer, named: issuerNamed } = resolveIssuer(model, registry, front.agency);
    const add = (rule: Rule, finding: Report) => {
      const setting = options.rules?.[rule.id];
      findings.push({ ...finding, ruleId: rule.id, severity: setting && setting !== 'off' ? setting : (finding.severity ?? rule.severity) });
    };
    const paragraphRules: ParagraphRule[] = [];
    const party = isPartyDocument(model);
    // Text in an old encoding ("Th«ng b¸o") gets that one finding: every other rule would report noise.
    const legacy = options.rules?.[typoLegacyEncoding.id] !== 'off' && legacyWord(model) !== undefined;
    for (const rule of RULES) {
      if (options.rules?.[rule.id] === 'off' || (party && rule.stateFormat) || (legacy && rule !== typoLegacyEncoding)) continue;
      if (isParagraphRule(rule)) {
        paragraphRules.push(rule);
        continue;
      }
      try {
        const report = (finding: Report) => add(rule, finding);
        const context = issuer ? { report, registry, fragment, issuer, issuerNamed } : { report, registry, fragment };
        rule.check(model, options.workspace ? { ...context, workspace: options.workspace } : context);
      } catch (error) {
        failures.push({ ruleId: rule.id, error });
      }
    }
    // A rule that throws on one paragraph loses that paragraph's findings only; it is named once.
    const failed = new Set<string>();
    runParagraphRules(model, paragraphRules, registry, {
      report: add,
      fail(rule, error) {
        if (!failed.has(rule.id)) failures.push({ ruleId: rule.id, error });
        failed.add(rule.id);
      },
    });
    return model;
  });
  const silenced = silencer(readDirectives(model.comments), lineOf(model.text));
  const kept = findings.filter((finding) => !silenced(finding.ruleId, finding.start));
  const toSource = normalized.toSource;
  const mapped = text === normalized.text ? kept : kept.map((finding) => mapFinding(finding, toSource, text));
  mapped.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { model, findings: mapped, toSource, failures };
}

/**
 * A Party document: its header has «ĐẢNG CỘNG SẢN VIỆT NAM» (or the Đoàn's, a mass organisation's heading)
 * where a state document has the Quốc hiệu.
 */
export function isPartyDocument(model: NoticeModel): boolean {
  return model.header.partyHeading !== undefined && model.header.nationalTitle === undefined;
}

/** What the draft's own front matter says about it: `fragment: true`, `agency: SKHCN`. */
function readFrontMatter(model: NoticeModel): { fragment?: boolean; agency?: string } {
  const data = model.frontMatter?.data;
  if (!data || typeof data !== 'object') return {};
  const { fragment, agency } = data as Record<string, unknown>;
  return {
    ...(typeof fragment === 'boolean' && { fragment }),
    ...(typeof agency === 'string' && { agency }),
  };
}

/** The agency that issues this draft, as the rules see it (header, front matter, then workspace profile). */
export function issuerOf(model: NoticeModel, registry: Registry): Agency | undefined {
  return resolveIssuer(model, registry, readFrontMatter(model).agency).issuer;
}

/** The issuing agency: the one the header names, else the front matter's, else the workspace profile's. */
function resolveIssuer(model: NoticeModel, registry: Registry, frontAgency: string | undefined): { issuer?: Agency; named: boolean } {
  const fromFront = frontAgency ? registry.agency(frontAgency) : undefined;
  // Compared in capitals: a name the drafter wrote without them (header/agency-name) still names its agency.
  const named = model.header.issuingAgency?.text.replace(/\s+/g, ' ').toLocaleUpperCase('vi');
  // A header naming an agency the registry does not know leaves the issuer unknown, not the profile's.
  const fromHeader = named ? (registry.agencyByHeader(named, model.header.parentAgency?.text) ?? fromFront) : undefined;
  if (named) return fromHeader ? { issuer: fromHeader, named: true } : { named: true };
  if (fromFront) return { issuer: fromFront, named: true };
  const profile = registry.issuingAgency();
  return profile ? { issuer: profile, named: false } : { named: false };
}

function mapFinding(finding: Finding, toSource: (offset: number) => number, source: string): Finding {
  const mapped: Finding = { ...finding, start: toSource(finding.start), end: toSource(finding.end) };
  if (finding.fix) {
    mapped.fix = {
      title: finding.fix.title,
      edits: finding.fix.edits.map((edit) => {
        const start = toSource(edit.start);
        const end = toSource(edit.end);
        // A fix of text typed decomposed (NFD) writes decomposed too: the draft keeps one form.
        return { start, end, newText: inFormOf(source, start, end, edit.newText) };
      }),
    };
  }
  if (finding.related) mapped.related = finding.related.map((r) => ({ ...r, start: toSource(r.start), end: toSource(r.end) }));
  return mapped;
}

/** Line numbers by offset, built only when a directive needs them. */
function lineOf(text: string): (offset: number) => number {
  let index: LineIndex | undefined;
  return (offset) => (index ??= new LineIndex(text)).positionAt(offset).line;
}
