/** Loads dist/print.js (see print.ts) the first time a preview or an export asks for it. */
import { join } from 'node:path';
import type * as Print from './print';

let loaded: typeof Print | undefined;

export function loadPrint(): typeof Print {
  // A plain require of the sibling bundle: esbuild leaves a computed path alone.
  return (loaded ??= require(join(__dirname, 'print.js')) as typeof Print);
}
