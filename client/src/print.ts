/**
 * What the preview and the Word export need from the core — the parser, the layout, the HTML and the
 * .docx writers — bundled apart into dist/print.js and loaded on first use (load-print.ts), so that
 * starting the extension does not parse them.
 */
export { parseNotice } from '../../server/src/core/model/parse';
export { normalizeNfc } from '../../server/src/core/text/normalize';
export { noticeToDocx } from '../../server/src/export/docx';
export { renderPreview, roleCss } from './preview/render';
