/**
 * The preview's HTML (client/src/preview/render.ts, pure): the same layout as the Word file, draft text
 * escaped, every block tagged with its source line, findings marked on their characters for NFC and NFD
 * drafts alike.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { renderPreview, roleCss, type Mark } from '../../client/src/preview/render';
import { LineIndex } from '../../server/src/core/text/lines';
import { repoPath } from '../support/paths';

const example = readFileSync(repoPath('examples/thong-bao-ket-luan.tb.md'), 'utf8');

function render(text: string, marks: Mark[] = []) {
  const index = new LineIndex(text);
  return renderPreview(text, marks, (offset) => index.positionAt(offset).line);
}

const markAround = (text: string, part: string, severity: Mark['severity'] = 'error'): Mark => {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length, severity, message: `Sai «${part}» <b>` };
};

describe('preview: HTML of the page', () => {
  it('renders every element with its class and source line, in the order of the page', () => {
    const { html } = render(example);
    const blocks = [...html.matchAll(/<p class="tb tb-([a-z-]+)" data-line="(\d+)">/g)].map((m) => `${m[1]}@${m[2]}`);
    assert.deepEqual(blocks.slice(0, 8), ['parent-agency@0', 'issuing-agency@1', 'national-title@3', 'motto@4', 'number@6', 'place-date@8', 'title@10', 'summary@12']);
    assert.deepEqual(blocks.slice(-7), ['recipients-label@30', 'recipient@31', 'recipient@32', 'recipient@33', 'authority@35', 'signer-title@36', 'signer-name@38']);
    assert.match(html, /<div class="tb-signature-gap"><\/div><p class="tb tb-signer-name"/);
  });

  it('renders a table of the body as a ruled table, each cell a block on its source line', () => {
    const draft = ['THÔNG BÁO', '', 'Kết luận', '', 'Như sau:', '| STT | Nội dung |', '|---|---|', '| 1 | Thăm <quà> |', '', 'Hết./.'].join('\n');
    const { html } = render(draft, [markAround(draft, 'quà')]);
    const table = /<table class="tb-data" data-line="5">(.*?)<\/table>/.exec(html);
    assert.ok(table, html);
    const rows = [...table[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td><p class="tb tb-(table-[a-z]+)" data-line="(\d+)">(.*?)<\/p><\/td>/g)].map((cell) => `${cell[1]}@${cell[2]} ${cell[3]}`));
    assert.deepEqual(rows, [
      ['table-head@5 STT', 'table-head@5 Nội dung'],
      ['table-cell@7 1', 'table-cell@7 Thăm &lt;<mark class="tb-error" title="Sai «quà» &lt;b&gt;">quà</mark>&gt;'],
    ]);
  });

  it('escapes the draft: no markup of the draft reaches the page', () => {
    const draft = 'THÔNG BÁO\n\nKết luận <img src=x onerror="alert(1)"> & "trích" \'yếu\'\n\nNgày 01/4/2025 <script>alert(1)</script>.\n';
    const { html } = render(draft, [markAround(draft, '<script>')]);
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; &amp; &quot;trích&quot; &#39;yếu&#39;/);
    assert.match(html, /<mark class="tb-error" title="Sai «&lt;script&gt;» &lt;b&gt;">&lt;script&gt;<\/mark>/);
  });

  it('marks findings on their characters, the gravest where they overlap, and counts them', () => {
    const text = example;
    const { html, counts } = render(text, [markAround(text, '29/9/2025', 'warning'), markAround(text, '29/9', 'error'), markAround(text, 'Trần Văn Quang', 'info')]);
    assert.deepEqual(counts, { error: 1, warning: 1, info: 1 });
    assert.match(html, /<mark class="tb-error"[^>]*>29\/9<\/mark><mark class="tb-warning"[^>]*>\/2025<\/mark>/);
    assert.match(html, /<mark class="tb-info"[^>]*>Trần Văn Quang<\/mark>/);
  });

  it('marks the same characters in an NFD draft as in its NFC form', () => {
    const nfd = example.normalize('NFD');
    assert.notEqual(nfd, example);
    const { html } = render(nfd, [markAround(nfd, 'Quảng Ngãi, ngày 06'.normalize('NFD'))]);
    assert.match(html, /<mark class="tb-error"[^>]*>Quảng Ngãi, ngày 06<\/mark>/);
    assert.equal(html.replace(/<mark[^>]*>|<\/mark>/g, ''), render(example).html);
  });

  it('writes element sizes for both size sets from the Word table', () => {
    const css = roleCss();
    assert.match(css, /\.tb-size-13 \.tb-body\{font-size:13pt\}/);
    assert.match(css, /\.tb-size-14 \.tb-body\{font-size:14pt\}/);
    assert.match(css, /\.tb-size-14 \.tb-recipient\{font-size:11pt\}/);
    assert.match(css, /\.tb-recipients-label\{text-align:left;font-weight:bold;font-style:italic/);
  });

  it('renders an empty draft and stray markup without failing', () => {
    for (const text of ['', '**', '[^1]', '\n\n\n', 'Nơi nhận:']) assert.equal(typeof render(text).html, 'string');
  });
});
