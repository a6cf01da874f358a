/**
 * The registry: what the checker knows about the world (document types, agencies, units, people, known
 * documents). It is data: built-in YAML shipped with the extension, extended by the workspace's
 * `.thongbao.yaml`. The JSON schema in schemas/thongbao.schema.json describes the same shape.
 */
import type { RuleSettings } from '../config';

export type DocumentFamily = 'administrative' | 'letter' | 'legal' | 'party' | 'copy';

export interface DocumentType {
  name: string;
  title?: string;
  code?: string;
  family: DocumentFamily;
  aliases?: string[];
  partyCodes?: string[];
  obsoleteCodes?: string[];
}

export interface Agency {
  code: string;
  name: string;
  fullName?: string;
  headerName?: string;
  parentHeaderName?: string;
  kind?: 'state' | 'party' | 'assembly';
  head?: string;
  deputy?: string;
  aliases?: string[];
  inWords?: string[];
  /** The last day the body existed (YYYY-MM-DD): merged or dissolved after it, its documents still cited. */
  until?: string;
  /** The code of the body that took over its work. */
  successor?: string;
}

export interface Unit {
  agency: string;
  code?: string;
  name: string;
  head?: string;
  deputy?: string;
  abbreviations?: string[];
  variants?: string[];
  since?: number;
  until?: number;
}

export interface Person {
  name: string;
  title?: string;
  agency?: string;
  unit?: string;
}

export interface KnownDocument {
  number: string;
  type?: string;
  date?: string;
  /** The day it takes effect, when not the day it was issued (a law): what it replaces is gone from then. */
  effective?: string;
  issuer?: string;
  subject?: string;
  status?: 'in-force' | 'repealed' | 'replaced' | 'unknown';
  replacedBy?: string;
}

export interface Abbreviation {
  short: string;
  long: string;
}

/** A proper place name (PL2 III.1): every syllable capitalised, the generic noun before it in lower case. */
export interface Place {
  name: string;
  /** The generic noun it is usually written after: xã, phường, huyện, tỉnh, ... */
  kind?: string;
}

/** A misspelling that is never a word of its own ("kết thức"), and the word meant. */
export interface Misspelling {
  wrong: string;
  right: string;
}

export interface Profile {
  agency?: string;
  place?: string;
  /** Who usually signs the workspace's notices (a name in people); fills the signature of a new draft. */
  signer?: string;
  /** The workspace holds fragments (parts of notices): missing header parts are not reported. */
  fragment?: boolean;
}

export interface RegistryData {
  profile?: Profile;
  documentTypes?: DocumentType[];
  agencies?: Agency[];
  units?: Unit[];
  people?: Person[];
  documents?: KnownDocument[];
  abbreviations?: Abbreviation[];
  places?: Place[];
  misspellings?: Misspelling[];
  rules?: RuleSettings;
}
