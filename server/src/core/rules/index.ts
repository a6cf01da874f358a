/** Every rule of the product, grouped by the part of the notice it reads. */
import { abbreviationTypo } from './abbreviation-typo';
import { abbreviationUndefined } from './abbreviation-undefined';
import { bodyClosing } from './body-closing';
import { citationAfterNotice, citationDateConflict, citationIncomplete, citationYearMismatch } from './citation-dates';
import { citationCrossConflict, citationRepealed } from './citation-cross';
import { citationIssuer } from './citation-issuer';
import { citationMissingSo } from './citation-missing-so';
import { citationSpacing } from './citation-spacing';
import { citationTypeCode } from './citation-type-code';
import { citationPartySymbol } from './citation-party-symbol';
import { bodyHeadingCase } from './body-heading-case';
import { bodyHeadingColon } from './body-heading-colon';
import { bodyMeetingDate } from './body-meeting-date';
import { bodyNumbering } from './body-numbering';
import { bodyPointStyle } from './body-point-style';
import { bodyPlaceholder } from './body-placeholder';
import { dateInvalid } from './date-invalid';
import { dateWeekday } from './date-weekday';
import { dateRangeDays } from './date-range-days';
import { dateDeadlinePast, dateStyle } from './date-style';
import { footnotePunctuation } from './footnote-punctuation';
import { footnoteUndefined } from './footnote-undefined';
import { frontmatterInvalid } from './frontmatter-invalid';
import { headerAgencyName } from './header-agency-name';
import { headerDateExtraZero, headerDateZeroPadding } from './header-date-zero';
import { headerMissing } from './header-missing';
import { headerMotto } from './header-motto';
import { headerNationalTitle } from './header-national-title';
import { headerNumber } from './header-number';
import { headerPlaceDate } from './header-place-date';
import { headerSummary } from './header-summary';
import { recipientsArchive } from './recipients-archive';
import { recipientsDissolved } from './recipients-dissolved';
import { recipientsAssigned } from './recipients-assigned';
import { recipientsEntries } from './recipients-entries';
import { recipientsLabel } from './recipients-label';
import { signatureAuthority } from './signature-authority';
import { signatureSigner } from './signature-signer';
import { signatureTitle } from './signature-title';
import { styleAgencyName } from './style-agency-name';
import { styleEmphasis } from './style-emphasis';
import { styleCommonNoun } from './style-common-noun';
import { stylePlaceName } from './style-place-name';
import { styleTonePlacement } from './style-tone-placement';
import { styleUnitCapital } from './style-unit-capital';
import type { Rule } from './types';
import { typoDashSpacing } from './typo-dash-spacing';
import { typoDoubleSpace } from './typo-double-space';
import { typoInvisibleCharacter } from './typo-invisible-character';
import { typoLegacyEncoding } from './typo-legacy-encoding';
import { typoRepeatedWords } from './typo-repeated-words';
import { typoSpaceAfterPunctuation } from './typo-space-after-punctuation';
import { typoSpaceBeforePunctuation } from './typo-space-before-punctuation';
import { typoSpelling } from './typo-spelling';
import { typoUnbalanced } from './typo-unbalanced';

export const RULES: readonly Rule[] = [
  typoLegacyEncoding,
  frontmatterInvalid,
  dateInvalid,
  dateWeekday,
  dateRangeDays,
  headerMissing,
  headerAgencyName,
  headerNationalTitle,
  headerMotto,
  headerNumber,
  headerPlaceDate,
  headerDateZeroPadding,
  headerDateExtraZero,
  headerSummary,
  bodyHeadingCase,
  bodyHeadingColon,
  bodyNumbering,
  bodyPointStyle,
  bodyClosing,
  bodyPlaceholder,
  bodyMeetingDate,
  typoDoubleSpace,
  typoSpaceBeforePunctuation,
  typoSpaceAfterPunctuation,
  typoInvisibleCharacter,
  typoDashSpacing,
  typoUnbalanced,
  typoRepeatedWords,
  typoSpelling,
  citationSpacing,
  citationMissingSo,
  citationTypeCode,
  citationPartySymbol,
  citationYearMismatch,
  citationAfterNotice,
  citationDateConflict,
  citationIncomplete,
  citationIssuer,
  citationCrossConflict,
  citationRepealed,
  dateStyle,
  dateDeadlinePast,
  abbreviationTypo,
  abbreviationUndefined,
  styleUnitCapital,
  stylePlaceName,
  styleAgencyName,
  styleCommonNoun,
  styleTonePlacement,
  styleEmphasis,
  footnotePunctuation,
  footnoteUndefined,
  recipientsLabel,
  recipientsEntries,
  recipientsArchive,
  recipientsDissolved,
  recipientsAssigned,
  signatureAuthority,
  signatureTitle,
  signatureSigner,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
