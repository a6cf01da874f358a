/** Findings become diagnostics: past VS Code's 1,000 per file, the most severe are sent, and the rest counted. */
import { strict as assert } from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { MAX_DIAGNOSTICS, toDiagnostics } from '../../server/src/lsp/convert';
import type { Finding, Severity } from '../../server/src/core/rules/types';
import { LineIndex } from '../../server/src/core/text/lines';

const text = 'x\n'.repeat(5000);
const index = new LineIndex(text);

function findings(severities: Severity[]): Finding[] {
  return severities.map((severity, i) => ({ ruleId: `rule/${severity}`, severity, message: `${i}`, start: 2 * i, end: 2 * i + 1 }));
}

describe('diagnostics sent for a draft', () => {
  it('sends every finding up to the cap', () => {
    const all = findings(Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => (i % 2 ? 'information' : 'error')));
    assert.equal(toDiagnostics(all, index, 'file:///a.tb.md').length, MAX_DIAGNOSTICS);
  });

  it('past the cap, keeps errors, then warnings, then information, in the draft\'s order, and counts the rest', () => {
    // Information first in the draft, errors last: the errors must all be kept all the same.
    const all = findings([...Array(600).fill('information'), ...Array(300).fill('warning'), ...Array(400).fill('error')]);
    const sent = toDiagnostics(all, index, 'file:///a.tb.md');
    assert.equal(sent.length, MAX_DIAGNOSTICS);
    const kept = sent.slice(0, -1);
    assert.equal(kept.filter((d) => d.severity === DiagnosticSeverity.Error).length, 400);
    assert.equal(kept.filter((d) => d.severity === DiagnosticSeverity.Warning).length, 300);
    assert.equal(kept.filter((d) => d.severity === DiagnosticSeverity.Information).length, MAX_DIAGNOSTICS - 1 - 700);
    // In the draft's order, the first information findings kept.
    assert.deepEqual(kept.slice(0, 3).map((d) => d.message), ['0', '1', '2']);
    assert.deepEqual(kept.map((d) => d.range.start.line), [...kept.map((d) => d.range.start.line)].sort((a, b) => a - b));
    const last = sent.at(-1)!;
    assert.match(last.message, /^Còn 301 phát hiện nữa không hiển thị/);
    assert.equal(last.range.start.line, 299, 'at the first finding not shown');
  });
});
