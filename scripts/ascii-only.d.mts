/** See ascii-only.mjs. */
export function asciiOnly(file: string): void;
