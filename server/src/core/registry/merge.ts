/**
 * Layers of registry data, later layers winning: built-in < editor settings < workspace `.thongbao.yaml`.
 * Lists merge by their natural key, so a workspace can correct one agency without repeating the others.
 */
import type { RegistryData } from './types';

type ListKey = 'documentTypes' | 'agencies' | 'units' | 'people' | 'documents' | 'abbreviations' | 'places' | 'misspellings';

const KEYS: { [K in ListKey]: (item: NonNullable<RegistryData[K]>[number]) => string } = {
  documentTypes: (type) => type.name,
  agencies: (agency) => agency.code,
  units: (unit) => `${unit.agency}\u0000${unit.name}`,
  people: (person) => person.name,
  documents: (document) => document.number,
  abbreviations: (abbreviation) => abbreviation.short,
  places: (place) => place.name,
  misspellings: (misspelling) => misspelling.wrong,
};

export function mergeRegistry(...layers: (RegistryData | undefined)[]): RegistryData {
  const merged: RegistryData = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile) merged.profile = { ...merged.profile, ...layer.profile };
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
    for (const key of Object.keys(KEYS) as ListKey[]) {
      const items = layer[key];
      if (items) merged[key] = mergeList(merged[key] ?? [], items, KEYS[key] as (item: unknown) => string) as never;
    }
  }
  return merged;
}

function mergeList<T>(base: readonly T[], overlay: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map(base.map((item) => [key(item), item]));
  for (const item of overlay) byKey.set(key(item), item);
  return [...byKey.values()];
}
