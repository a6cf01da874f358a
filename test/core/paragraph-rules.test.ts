/**
 * Paragraph rules while a draft is edited: a keystroke re-checks only the paragraph it touched, the findings
 * of the others move with their paragraphs, and a rule that throws loses one paragraph's findings only.
 * (That the whole check then equals a fresh one is the property of reuse.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { parseNotice } from '../../server/src/core/model/parse';
import type { Paragraph } from '../../server/src/core/model/types';
import { runParagraphRules } from '../../server/src/core/paragraph-rules';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { Reuse, withReuse } from '../../server/src/core/reuse';
import type { ParagraphContext, ParagraphRule, Report } from '../../server/src/core/rules/types';

/** A rule that reports every "xx" and counts the paragraphs it reads. */
function doubleX(paragraphs: ParagraphRule['paragraphs'] = 'prose') {
  const read: string[] = [];
  const rule: ParagraphRule = {
    id: 'test/double-x',
    severity: 'warning',
    decree: 'quy ước',
    description: 'xx',
    examples: { wrong: '', right: '' },
    paragraphs,
    checkParagraph(paragraph: Paragraph, context: ParagraphContext) {
      read.push(paragraph.text);
      if (paragraph.text.includes('hỏng')) throw new Error('hỏng');
      for (const match of paragraph.text.matchAll(/xx/g)) {
        const start = paragraph.sourceOffset(match.index);
        context.report({ start, end: start + 2, message: 'xx', fix: { title: 'x', edits: [{ start, end: start + 2, newText: 'x' }] } });
      }
    },
  };
  return { rule, read };
}

function run(text: string, rule: ParagraphRule, reuse: Reuse | undefined) {
  const findings: Report[] = [];
  const failures: unknown[] = [];
  withReuse(reuse, builtinRegistry(), text, () =>
    runParagraphRules(parseNotice(text), [rule], builtinRegistry(), { report: (_rule, finding) => findings.push(finding), fail: (_rule, error) => failures.push(error) }),
  );
  return { findings: findings.map((f) => [f.start, f.end, f.fix!.edits[0]!.start]), failures };
}

const DRAFT = 'THÔNG BÁO\n\nKết luận của Giám đốc Sở\n\n1. Đoạn một có xx.\n\n2. Đoạn hai.\n\n3. Đoạn ba có xx và\nxx ở dòng sau.\n';

describe('paragraph rules: findings kept per paragraph', () => {
  it('re-checks only the paragraph an edit touched, and moves the others\' findings', () => {
    const { rule, read } = doubleX();
    const reuse = new Reuse();
    run(DRAFT, rule, reuse);
    assert.equal(read.length, 4, 'trích yếu and three body paragraphs');
    read.length = 0;
    const edited = DRAFT.replace('Đoạn hai.', 'Đoạn hai, dài hơn.');
    const kept = run(edited, rule, reuse);
    assert.deepEqual(read, ['2. Đoạn hai, dài hơn.']);
    // The third paragraph's findings (and their fixes) moved by the 10 characters added before them.
    const at = (needle: string, from = 0) => edited.indexOf(needle, from);
    const third = at('3.');
    assert.deepEqual(kept.findings, [
      [at('xx'), at('xx') + 2, at('xx')],
      [at('xx', third), at('xx', third) + 2, at('xx', third)],
      [at('\nxx') + 1, at('\nxx') + 3, at('\nxx') + 1],
    ]);
    assert.deepEqual(kept.findings, run(edited, doubleX().rule, new Reuse()).findings);
  });

  it('reads a paragraph again when only its line breaks changed', () => {
    const { rule, read } = doubleX();
    const reuse = new Reuse();
    run(DRAFT, rule, reuse);
    read.length = 0;
    const rewrapped = DRAFT.replace('xx và\nxx', 'xx và xx');
    assert.deepEqual(run(rewrapped, rule, reuse).findings, run(rewrapped, doubleX().rule, new Reuse()).findings);
    assert.deepEqual(read, ['3. Đoạn ba có xx và xx ở dòng sau.']);
  });

  it('tells apart one text in several layouts, and keeps each', () => {
    const { rule, read } = doubleX();
    const reuse = new Reuse();
    // The same text on one line, wrapped after a line feed, and wrapped after a carriage return (the same
    // lines, another source); in bold it is the first again (the marks stand outside the paragraph).
    const draft = 'THÔNG BÁO\n\nKết luận\n\nĐoạn có xx và xx.\n\nĐoạn có xx và\nxx.\n\nĐoạn có xx và\rxx.\n\n**Đoạn có xx và xx.**\n';
    run(draft, rule, reuse);
    assert.equal(read.filter((text) => text === 'Đoạn có xx và xx.').length, 3);
    read.length = 0;
    const edited = draft.replace('Kết luận', 'Kết luận của Sở');
    const kept = run(edited, rule, reuse);
    assert.deepEqual(read, ['Kết luận của Sở'], 'each layout was kept');
    assert.deepEqual(kept.findings, run(edited, doubleX().rule, new Reuse()).findings);
  });

  it('keeps to its paragraphs: the body alone leaves the trích yếu unread', () => {
    const { rule, read } = doubleX('body');
    run(DRAFT, rule, new Reuse());
    assert.equal(read.length, 3);
    assert.ok(!read.includes('Kết luận của Giám đốc Sở'));
  });

  it('a rule that throws loses that paragraph only, and throws again from what is kept', () => {
    const { rule } = doubleX();
    const reuse = new Reuse();
    const broken = DRAFT.replace('Đoạn hai.', 'Đoạn hai hỏng.');
    const first = run(broken, rule, reuse);
    assert.equal(first.failures.length, 1);
    assert.equal(first.findings.length, 3, 'the other paragraphs are checked');
    assert.deepEqual(run(broken, rule, reuse), first);
    const fresh = run(broken, doubleX().rule, undefined);
    assert.deepEqual(fresh.findings, first.findings, 'a check without reuse loses the same paragraph');
    assert.equal(fresh.failures.length, 1);
  });
});
