import type { NoticeModel, Paragraph } from '../model/types';
import type { Registry } from '../registry/registry';
import type { Agency } from '../registry/types';
import type { CitationIndex } from '../index/workspace';
import type { Position } from '../text/lines';

export type Severity = 'error' | 'warning' | 'information';
export type SeveritySetting = Severity | 'off';

/** One text edit, in offsets of the text the rule read. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** A fix is data: the smallest edits that make the finding go away, offered only when certain. */
export interface Fix {
  title: string;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  /** Another place that explains this finding (the earlier, conflicting date). */
  related?: { start: number; end: number; message: string }[];
  /** The same in other drafts of the workspace (another draft citing the document with another date). */
  relatedElsewhere?: { uri: string; range: { start: Position; end: Position }; message: string }[];
}

/** What a rule reports; `severity` grades one finding below the rule's default (a user setting wins). */
export type Report = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  report(finding: Report): void;
  registry: Registry;
  /** The draft is a part of a notice: missing parts are not reported. */
  fragment: boolean;
  /** The agency that issues the draft: named in its header, its front matter or the workspace profile. */
  issuer?: Agency;
  /** Whether the draft itself names its issuer (header or front matter), or it is the profile's guess. */
  issuerNamed?: boolean;
  /** The other drafts of the workspace, when the check runs inside one (editor, `thongbao check FOLDER`). */
  workspace?: WorkspaceContext;
}

/** The workspace index and the draft's own place in it (its entry is left out of what rules compare). */
export interface WorkspaceContext {
  index: CitationIndex;
  uri: string;
}

interface RuleInfo {
  /** Stable, kebab-case, grouped by area: "date/invalid". Never renamed once shipped. */
  id: string;
  severity: Severity;
  /** The point of the decree the rule enforces, or "quy ước" (house convention). */
  decree: string;
  /** One Vietnamese sentence: what the rule checks. */
  description: string;
  /**
   * A draft that triggers the rule and its corrected form; the rule's documentation page shows both with
   * the findings, and a test holds the rule to them.
   */
  examples: { wrong: string; right: string };
  /**
   * The rule holds the notice's own thể thức (header, closing, Nơi nhận, signature) to NĐ 30/2020/NĐ-CP,
   * which governs state bodies. A Party document (its header reads «ĐẢNG CỘNG SẢN VIỆT NAM», or the Đoàn's
   * «ĐOÀN TNCS HỒ CHÍ MINH», or a mass organisation's such as «HỘI NÔNG DÂN VIỆT NAM») follows Hướng dẫn
   * 36-HD/VPTW instead ("Số 125-TB/TU", "T/M", Nơi nhận lines ending in ","): such a rule is not run on it.
   * Citations, dates and spelling are checked alike.
   */
  stateFormat?: true;
}

/** A rule that reads the whole model: its parts, how they relate, the workspace. */
export interface DocumentRule extends RuleInfo {
  check(model: NoticeModel, context: RuleContext): void;
}

/** What a paragraph rule may read besides its paragraph: the registry, and the draft's text inside the paragraph. */
export interface ParagraphContext {
  report(finding: Report): void;
  registry: Registry;
  /** The draft's text (the model's): read only between the paragraph's `start` and `end`. */
  source: string;
  /** A converter padded every list item of the draft (model/list-padding.ts): the spaces after a mark are markup. */
  listsPadded: boolean;
  /** A converter laid a table of the draft out in columns of spaces (model/table-layout.ts). */
  tablesLaidOut: boolean;
}

/**
 * A rule that reads one paragraph at a time and nothing else of the draft. While a draft is edited, its
 * findings are kept per paragraph (core/paragraph-rules.ts): a keystroke re-checks the paragraph it touched.
 */
export interface ParagraphRule extends RuleInfo {
  /** The paragraphs it reads: the prose (trích yếu and body), the body alone, or the prose and the footnotes (where citations are). */
  paragraphs: 'prose' | 'body' | 'cited';
  checkParagraph(paragraph: Paragraph, context: ParagraphContext): void;
}

export type Rule = DocumentRule | ParagraphRule;

export function isParagraphRule(rule: Rule): rule is ParagraphRule {
  return 'checkParagraph' in rule;
}
