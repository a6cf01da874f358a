/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The script inside the preview's webview (bundled for the browser into dist/preview.js, loaded under a
 * nonce). It puts the page the extension sends in place, scrolls to the line the editor shows, sends a
 * click back as a line to reveal, and reports what it rendered.
 */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Incoming =
  | { type: 'render'; html: string; summary: string; sizeSet: number; version: number; line?: number }
  | { type: 'scroll'; line: number };

const vscode = acquireVsCodeApi();
const sheet = document.getElementById('sheet')!;
const summary = document.getElementById('summary')!;
let line = (vscode.getState() as { line?: number } | undefined)?.line ?? 0;
/** Set while the preview scrolls itself, so that the scroll is not sent back to the editor. */
let scrolling = false;

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  const message = event.data;
  if (message.type === 'render') {
    sheet.innerHTML = message.html;
    sheet.className = `tb-page tb-size-${message.sizeSet}`;
    summary.textContent = message.summary;
    if (message.line !== undefined) line = message.line;
    scrollToLine(line);
    vscode.postMessage({
      type: 'rendered',
      version: message.version,
      blocks: sheet.querySelectorAll('[data-line]').length,
      marks: [...sheet.querySelectorAll('mark')].map((mark) => `${mark.className}:${mark.textContent}`),
      text: sheet.innerText,
      // How the page is actually styled here, under the content security policy: the size sheet and the
      // style sheet must both have applied.
      styles: Object.fromEntries(['title', 'body', 'recipients-label'].map((role) => [role, computed(role)])),
      pageWidth: Math.round(sheet.getBoundingClientRect().width),
    });
  } else if (message.type === 'scroll') {
    line = message.line;
    vscode.setState({ line });
    const top = scrollToLine(line);
    vscode.postMessage({ type: 'scrolled', line, top });
  }
});

function computed(role: string): string | undefined {
  const element = sheet.querySelector(`.tb-${role}`);
  if (!element) return undefined;
  const style = getComputedStyle(element);
  return `${style.fontSize} ${style.fontWeight} ${style.fontStyle} ${style.textAlign}`;
}

/**
 * Brings the block of `target` (the last block starting at or before it, interpolated towards the next
 * one) to the top of the view; returns the new scroll position.
 */
function scrollToLine(target: number): number {
  const blocks = [...sheet.querySelectorAll<HTMLElement>('[data-line]')];
  let previous: HTMLElement | undefined;
  let next: HTMLElement | undefined;
  for (const block of blocks) {
    if (Number(block.dataset.line) <= target) previous = block;
    else {
      next = block;
      break;
    }
  }
  let top = 0;
  if (previous) {
    const from = Number(previous.dataset.line);
    const fromTop = previous.getBoundingClientRect().top + window.scrollY;
    const toTop = next ? next.getBoundingClientRect().top + window.scrollY : fromTop + previous.offsetHeight;
    const to = next ? Number(next.dataset.line) : from + 1;
    top = fromTop + (to > from ? ((target - from) / (to - from)) * (toTop - fromTop) : 0) - 8;
  }
  scrolling = true;
  window.scrollTo(0, Math.max(0, top));
  requestAnimationFrame(() => (scrolling = false));
  return window.scrollY;
}

// A double click on a paragraph shows its line in the editor.
sheet.addEventListener('dblclick', (event) => {
  const block = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
  if (block && !scrolling) vscode.postMessage({ type: 'reveal', line: Number(block.dataset.line) });
});

vscode.postMessage({ type: 'ready' });
