/**
 * Requests of thongbao beyond LSP, shared by the client and the server: the client's commands call them
 * through the language client.
 */

/** A new notice from the template of the workspace profile. */
export const NEW_NOTICE_REQUEST = 'thongbao/newNotice';
export interface NewNoticeParams {
  /** A folder of the workspace whose .thongbao.yaml gives the profile; none: the built-in profile. */
  folderUri?: string;
}
export interface NewNoticeResult {
  /** With tab stops, for the editor to insert as a snippet. */
  snippet: string;
  /** The same with every default filled in. */
  text: string;
}

/** Checks drafts on disk and publishes their diagnostics, as if they were open. */
export const CHECK_FILES_REQUEST = 'thongbao/checkFiles';
export interface CheckFilesParams {
  uris: string[];
}
export interface CheckFilesResult {
  checked: number;
  errors: number;
  warnings: number;
  /** Files that could not be read, with the reason in Vietnamese. */
  unreadable: { uri: string; message: string }[];
}
