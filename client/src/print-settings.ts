/** The print settings of a draft, read where the editor keeps them. */
import * as vscode from 'vscode';
import { DEFAULT_SIZE_SET, SIZE_SETS, type SizeSet } from '../../server/src/export/typography';

/** `thongbao.export.fontSize`: the 13-pt or the 14-pt size set (anything else: the default). */
export function exportSizeSet(uri: vscode.Uri): SizeSet {
  const value = vscode.workspace.getConfiguration('thongbao', uri).get<unknown>('export.fontSize');
  return SIZE_SETS.includes(value as SizeSet) ? (value as SizeSet) : DEFAULT_SIZE_SET;
}
