/** Indexed, read-only view of merged registry data, with the look-ups the rules need. */
import { foldVietnamese } from '../text/fold';
import type { Abbreviation, Agency, DocumentType, KnownDocument, Misspelling, Person, Place, Profile, RegistryData, Unit } from './types';

export class Registry {
  readonly profile: Profile;
  readonly documentTypes: readonly DocumentType[];
  readonly agencies: readonly Agency[];
  readonly units: readonly Unit[];
  readonly people: readonly Person[];
  readonly documents: readonly KnownDocument[];
  readonly abbreviations: readonly Abbreviation[];
  readonly places: readonly Place[];
  readonly misspellings: readonly Misspelling[];
  private readonly typesByCode = new Map<string, DocumentType>();
  private readonly typesByName = new Map<string, DocumentType>();
  private readonly agenciesByCode = new Map<string, Agency>();
  private readonly documentsByNumber = new Map<string, KnownDocument>();

  constructor(data: RegistryData) {
    this.profile = data.profile ?? {};
    this.documentTypes = data.documentTypes ?? [];
    this.agencies = data.agencies ?? [];
    this.units = data.units ?? [];
    this.people = data.people ?? [];
    this.documents = data.documents ?? [];
    this.abbreviations = data.abbreviations ?? [];
    this.places = data.places ?? [];
    this.misspellings = data.misspellings ?? [];
    for (const type of this.documentTypes) {
      if (type.code) this.typesByCode.set(type.code, type);
      for (const name of [type.name, ...(type.aliases ?? [])]) this.typesByName.set(foldVietnamese(name), type);
    }
    for (const agency of this.agencies) this.agenciesByCode.set(agency.code, agency);
    for (const document of this.documents) this.documentsByNumber.set(document.number, document);
  }

  /** The document type of a PL3 abbreviation, case-sensitive as in the decree (QyĐ, CTr, TTr). */
  typeByCode(code: string): DocumentType | undefined {
    return this.typesByCode.get(code);
  }

  /** The document type named in prose ("Quyết định", "quyết định", "Thông báo kết luận"). */
  typeByName(name: string): DocumentType | undefined {
    return this.typesByName.get(foldVietnamese(name));
  }

  agency(code: string): Agency | undefined {
    return this.agenciesByCode.get(code);
  }

  /**
   * The agency a header names (`name` in capitals, spaces collapsed), unless the header's parent line puts it
   * under another province or city: «VĂN PHÒNG» under «UBND TỈNH BÌNH ĐỊNH» is not Quảng Ngãi's.
   */
  agencyByHeader(name: string, parent?: string): Agency | undefined {
    const place = parent && placeOfParent(parent);
    return this.agencies.find((agency) => {
      if (agency.headerName !== name) return false;
      const registered = place && agency.parentHeaderName && placeOfParent(agency.parentHeaderName);
      return !registered || registered === place;
    });
  }

  /** The agency that issues the drafts of this workspace (profile.agency). */
  issuingAgency(): Agency | undefined {
    return this.profile.agency ? this.agency(this.profile.agency) : undefined;
  }

  unitsOf(agencyCode: string): Unit[] {
    return this.units.filter((unit) => unit.agency === agencyCode);
  }

  document(number: string): KnownDocument | undefined {
    return this.documentsByNumber.get(number);
  }
}

/** The province or city a parent line names («UBND TỈNH QUẢNG NGÃI»: «quang ngai»), folded. */
function placeOfParent(parent: string): string | undefined {
  const match = /(?:^|\s)(?:TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(parent.replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi'));
  return match ? foldVietnamese(match[1]!) : undefined;
}
