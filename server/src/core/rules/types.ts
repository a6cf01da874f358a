import type { NoticeModel } from '../model/types';
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

export interface Rule {
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
  check(model: NoticeModel, context: RuleContext): void;
}
