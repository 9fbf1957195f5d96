/**
 * Names of administrative units: the Vietnamese type prefix ("Phường", "Huyện", "Tỉnh"…),
 * the unit type it stands for, and the English forms ("Ba Dinh Ward", "Ward 15").
 */
import { foldVietnamese, stripDiacritics } from './text.ts';

export type NamedLevel = 'province' | 'district' | 'commune';

/** Vietnamese prefix → unit type, per level. Longer prefixes first ("Thị trấn" before "Thị xã" is not ambiguous, but keep the rule). */
const PREFIXES: Record<NamedLevel, ReadonlyArray<readonly [string, string]>> = {
  province: [
    ['Thành phố', 'municipality'],
    ['Tỉnh', 'province'],
  ],
  district: [
    ['Thành phố', 'provincial_city'],
    ['Thị xã', 'town'],
    ['Quận', 'urban_district'],
    ['Huyện', 'district'],
  ],
  commune: [
    ['Thị trấn', 'township'],
    ['Đặc khu', 'special_zone'],
    ['Phường', 'ward'],
    ['Xã', 'commune'],
  ],
};

/** English word for each type: "Ba Dinh Ward", "Ha Noi City", "Dak Nong Province". */
const ENGLISH_TYPE: Record<string, string> = {
  municipality: 'City',
  province: 'Province',
  urban_district: 'District',
  district: 'District',
  town: 'Town',
  provincial_city: 'City',
  ward: 'Ward',
  commune: 'Commune',
  township: 'Township',
  special_zone: 'Special Zone',
  country: '',
};

export interface TypedName {
  type: string;
  /** Without the type prefix: "Ba Đình". */
  name: string;
  /** With it: "Phường Ba Đình". */
  fullName: string;
}

/** "Phường Ba Đình" → {type: 'ward', name: 'Ba Đình'}. Throws when the prefix is not one of the level's. */
export function parseTypedName(fullName: string, level: NamedLevel): TypedName {
  const clean = fullName.replace(/\s+/g, ' ').trim();
  for (const [prefix, type] of PREFIXES[level]) {
    if (clean.startsWith(`${prefix} `)) return { type, name: clean.slice(prefix.length + 1), fullName: clean };
  }
  throw new Error(`Tên "${fullName}" không bắt đầu bằng loại đơn vị cấp ${level} (${PREFIXES[level].map((p) => p[0]).join(', ')})`);
}

/** The Vietnamese prefix for a type at a level: ('district', 'town') → "Thị xã". */
export function typePrefix(level: NamedLevel, type: string): string {
  const found = PREFIXES[level].find(([, t]) => t === type);
  if (!found) throw new Error(`Loại đơn vị "${type}" không thuộc cấp ${level}`);
  return found[0];
}

export interface EnglishNames {
  nameEn: string;
  fullNameEn: string;
}

/** "Ba Đình", ward → "Ba Dinh" / "Ba Dinh Ward"; numbered units put the word first: "Ward 15", "District 1". */
export function englishNames(name: string, type: string): EnglishNames {
  const nameEn = stripDiacritics(name);
  const word = ENGLISH_TYPE[type];
  if (word === undefined) throw new Error(`Loại đơn vị "${type}" chưa có tên tiếng Anh`);
  if (!word) return { nameEn, fullNameEn: nameEn };
  const numbered = /^(\d+|[IVXLC]+)$/.test(nameEn);
  return { nameEn, fullNameEn: numbered ? `${word} ${nameEn}` : `${nameEn} ${word}` };
}

/** What accent-insensitive search matches against: "dak nong tinh dak nong dak nong". */
export function unitSearchText(name: string, fullName: string, nameEn: string): string {
  return foldVietnamese(`${name} ${fullName} ${nameEn}`);
}

/** Compares names the way a reader would: accents, case, spacing and apostrophe styles ignored. */
export function sameUnitName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** The comparison key behind sameUnitName: "Ea H’Leo" and "Ea H'leo" give the same key. */
export function nameKey(text: string): string {
  return foldVietnamese(text.replace(/[’'`´‘]/g, "'"));
}

/** "Thị xã Chũ" → "thi-xa-chu": for the made-up codes of units the sources give no code for. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
