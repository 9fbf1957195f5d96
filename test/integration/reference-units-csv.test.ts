/**
 * Imports ../shared/data/units in full with `units import` and checks the trees and the lineage
 * against the files themselves, then against the package load (which lacks the split rows).
 * About the data, not the dialect: SQLite only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFreshStore } from '../helpers/stores.ts';
import { importUnitsFromCsv, type CsvImportReport } from '../../src/app/units/reference/import-csv.ts';
import { loadReferenceUnits } from '../../src/app/units/reference/index.ts';
import { listUnits } from '../../src/store/units/repo.ts';
import type { Store } from '../../src/store/db.ts';
import type { UnitLevel } from '../../src/domain/units.ts';

const dataDir = fileURLToPath(new URL('../../../shared/data/units', import.meta.url));
const present = existsSync(dataDir);
if (!present) {
  if (process.env.CI) throw new Error(`reference data missing at ${dataDir}: required in CI`);
  console.warn(`\n⚠ ${dataDir} not found: the full CSV import of the reference units is SKIPPED.\n`);
}

/** old>new pairs between communes as stored: lineage links, plus the rows that continue across 1/7/2025. */
async function communePairs(store: Store): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom('lineageLinks as l')
    .innerJoin('units as f', 'f.id', 'l.fromUnitId')
    .innerJoin('units as t', 't.id', 'l.toUnitId')
    .select(['f.code as from', 't.code as to', 'l.kind as part'])
    .where('f.level', '=', 'commune')
    .where('t.level', '=', 'commune')
    .execute();
  const pairs = new Map(rows.map((r) => [`${r.from}>${r.to}`, r.part]));
  const continuing = await store.db
    .selectFrom('units')
    .select('code')
    .where('level', '=', 'commune')
    .where('validFrom', '<', '2025-06-30')
    .where('validTo', '>', '2025-07-01')
    .execute();
  for (const c of continuing) pairs.set(`${c.code}>${c.code}`, 'full');
  return pairs;
}

(present ? describe : describe.skip)('units import of ../shared/data/units [sqlite]', () => {
  let store: Store;
  let report: CsvImportReport;

  beforeAll(async () => {
    store = (await openFreshStore('sqlite'))!;
    report = await importUnitsFromCsv(store, dataDir);
  });
  afterAll(async () => {
    await store?.close();
  });

  const total = async (at: string, level: UnitLevel): Promise<number> => (await listUnits(store.db, { at, level })).total;

  it('has 63 provinces, 696 districts, 10,035 communes on 30/6/2025 and 34 provinces, 3,321 communes from 1/7/2025', async () => {
    expect(await total('2025-06-30', 'province')).toBe(63);
    expect(await total('2025-06-30', 'district')).toBe(696);
    expect(await total('2025-06-30', 'commune')).toBe(10035);
    expect(await total('2025-07-01', 'province')).toBe(34);
    expect(await total('2025-07-01', 'commune')).toBe(3321);
    expect(await total('2025-07-01', 'district')).toBe(0);
    console.log(
      `import: ${JSON.stringify(report.inserted)}, ${report.lineageEvents} events, ${report.lineageLinks} links, ${report.skippedLineage.length} lineage rows skipped, ${report.durationMs} ms`,
    );
  });

  it('stores every lineage row of the files whose codes the unit lists know, with its full/partial', async () => {
    const lines = readFileSync(`${dataDir}/lineage-2025-07-01-communes.csv`, 'utf8').trim().split(/\r?\n/).slice(1);
    const communeRows = lines.map((l) => l.split(',')).filter(([old]) => old!.length === 5);
    const ours = await communePairs(store);
    const missing = communeRows.filter(([o, n, kind]) => ours.get(`${o}>${n}`) !== kind).map((r) => r.join(','));
    // The 18 rows naming codes absent from the unit lists (06970, 23737 new; 13 old communes of 2023–2024), all reported.
    expect(report.skippedLineage).toHaveLength(18);
    expect(missing).toHaveLength(18);
    expect(ours.size).toBe(communeRows.length - 18);
    // Island districts without communes → their special zones, on the district abolition event.
    const islands = await store.db
      .selectFrom('lineageLinks as l')
      .innerJoin('units as f', 'f.id', 'l.fromUnitId')
      .innerJoin('lineageEvents as e', 'e.id', 'l.eventId')
      .select(['f.code', 'e.kind'])
      .where('f.level', '=', 'district')
      .execute();
    expect(islands.map((r) => `${r.code}:${r.kind}`).sort()).toEqual(['318:abolish', '471:abolish', '498:abolish', '536:abolish', '755:abolish']);
  });

  it('keeps the split rows the package mapping lacks (more pairs, many partial)', async () => {
    const csvPairs = await communePairs(store);
    const pkg = (await openFreshStore('sqlite'))!;
    try {
      await loadReferenceUnits(pkg);
      const pkgPairs = await communePairs(pkg);
      const partial = (pairs: Map<string, string>): number => [...pairs.values()].filter((p) => p === 'partial').length;
      console.log(`commune lineage pairs: csv ${csvPairs.size} (${partial(csvPairs)} partial), packages ${pkgPairs.size} (${partial(pkgPairs)} partial)`);
      expect(csvPairs.size).toBeGreaterThan(pkgPairs.size);
      expect(partial(csvPairs)).toBeGreaterThan(partial(pkgPairs));
      // The Ninh Thuận split the packages show as one full link (see reference-units.test.ts).
      expect(csvPairs.get('22768>22780')).toBe('partial');
      expect(csvPairs.get('22768>22888')).toBe('partial');
      expect(pkgPairs.get('22768>22888')).toBeUndefined();
    } finally {
      await pkg.close();
    }
  });

  it('is idempotent on the full data', async () => {
    const again = await importUnitsFromCsv(store, dataDir);
    expect(again.alreadyLoaded).toBe(true);
    expect(again.skipped).toEqual(report.inserted);
    expect(again.lineageLinks).toBe(0);
  });
});
