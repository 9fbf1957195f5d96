/**
 * The records case (issue 14, `npm run bench -- --case records`): indicators computed from one-stop-shop dossiers.
 * The reference units; six monthly elements derived from `dossiers.*` (received, received online, the land field's
 * received and online, finished, finished on time) and the online-rate indicator over them. Then:
 *
 * - **load**: `count` dossiers (1 million by default) of the last 12 full months, spread deterministically over the
 *   communes of the new tree (and 10% at the provinces), pushed through the feed's batch writer
 *   (`writeDossierBatch`: checks, unit in force, versions, audit) in batches of 5.000, one transaction each, then
 *   one refresh of every derived value (`refreshDerivedValues`, written through the one write path and rolled up):
 *   a source system's backlog. Timed from the first batch to the refresh's commit: records/s.
 * - **new dossier to changed indicator**: `samples` × `pushDossiers` of ONE new online dossier (the live path: the
 *   batch and the refresh of its unit and month in one transaction), then the analytics query for its province
 *   (view now); the numerator is checked to have moved by one. Timed from the push's start to the read's end.
 */
import type { Store } from '../src/store/db.ts';
import { loadReferenceUnits } from '../src/app/units/reference/index.ts';
import { listUnits } from '../src/store/units/repo.ts';
import { upsertDataElement, upsertIndicator } from '../src/store/metadata/repo.ts';
import { inTransaction } from '../src/store/transaction.ts';
import { recomputeAll } from '../src/compute/aggregates/recompute.ts';
import { pushDossiers, writeDossierBatch } from '../src/app/dossiers/push.ts';
import { dossiersCounter } from '../src/app/dossiers/counter.ts';
import { refreshDerivedValues } from '../src/app/registries/derived-values.ts';
import { queryIndicator, type IndicatorQuery } from '../src/app/analytics/indicator-query.ts';
import type { Actor } from '../src/domain/access.ts';
import type { Dossier } from '../src/domain/dossiers.ts';
import { lastFullMonth, mix, monthsBetween } from './generate.ts';
import { summarise, type Latency } from './measure.ts';

const ACTOR: Actor = { kind: 'user', name: 'bench', role: 'admin', unitScopes: [] };
const SOURCE = 'BENCH_MOTCUA';
const BATCH = 5_000;
const FIELDS = ['DAT_DAI', 'HO_TICH', 'CHUNG_THUC', 'DOANH_NGHIEP', 'XAY_DUNG', 'LAO_DONG', 'GIAO_THONG', 'Y_TE'];
const ELEMENTS = [
  ['BR_TN', 'dossiers.received'],
  ['BR_TT', 'dossiers.received_online'],
  ['BR_DD_TN', 'dossiers.received?field=DAT_DAI'],
  ['BR_DD_TT', 'dossiers.received_online?field=DAT_DAI'],
  ['BR_GQ', 'dossiers.finished'],
  ['BR_DH', 'dossiers.finished_on_time'],
] as const;
export const RECORDS_INDICATOR = 'BR_TL_TRUC_TUYEN';

export interface RecordsResult {
  dossiers: number;
  units: number;
  months: string[];
  load: { seconds: number; recordsPerSecond: number; refreshSeconds: number; derivedValuesWritten: number };
  newDossierToIndicator: Latency;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(4)), 0)).getUTCDate();

/** The i-th dossier: unit, field, channel, day and result from a hash of i (the same on every database). */
function dossierAt(i: number, units: readonly string[], months: readonly string[]): Dossier {
  const unit = units[mix(i, 3, 5) % units.length]!;
  const month = months[mix(i, 7, 11) % months.length]!;
  const day = `${month.slice(0, 4)}-${month.slice(4)}-${String(1 + (mix(i, 13, 17) % daysIn(month))).padStart(2, '0')}`;
  const field = FIELDS[mix(i, 19, 23) % FIELDS.length]!;
  const online = mix(i, 29, 31) % 100 < (field === 'DAT_DAI' ? 5 : 85);
  const allowed = 3 + (mix(i, 37, 41) % 12);
  const finished = addDays(day, mix(i, 43, 47) % 100 < 96 ? allowed - 1 : allowed + 3);
  return {
    sourceId: `B-${i}`,
    procedureCode: `${field}.001`,
    procedureName: null,
    field,
    channel: online ? 'online' : 'offline',
    level: online ? 'full' : null,
    unit,
    receivedOn: day,
    dueOn: addDays(day, allowed),
    finishedOn: finished,
    result: finished <= addDays(day, allowed) ? 'on_time' : 'late',
    state: 'finished',
  };
}

export async function runRecordsCase(
  store: Store,
  options: { count: number; samples: number; now?: Date; log: (line: string) => void },
): Promise<RecordsResult> {
  const now = options.now ?? new Date();
  const { log } = options;
  log('records: reference units, derived elements, the indicator…');
  await loadReferenceUnits(store);
  for (const [code, derivedFrom] of ELEMENTS)
    await upsertDataElement(store.db, {
      code,
      name: code,
      nameEn: code,
      valueType: 'integer',
      timeAggregation: 'sum',
      hierarchyAggregation: 'sum',
      periodType: 'monthly',
      derivedFrom,
    });
  await upsertIndicator(store.db, {
    code: RECORDS_INDICATOR,
    name: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (thử nghiệm)',
    nameEn: 'Dossiers received online (bench)',
    numerator: '#{BR_TT}',
    denominator: '#{BR_TN}',
    factor: 100,
    decimals: 2,
    direction: 'higher_is_better',
  });
  await recomputeAll(store);
  const last = lastFullMonth(now);
  const months = monthsBetween(`${Number(last.slice(0, 4)) - 1}${last.slice(4)}`, last).slice(1);
  const at = `${months[0]!.slice(0, 4)}-${months[0]!.slice(4)}-01`;
  const communes = (await listUnits(store.db, { at, level: 'commune' })).items.map((u) => ({ code: u.code, parent: u.parentCode }));
  const provinces = [...new Set(communes.map((c) => c.parent).filter((p): p is string => p !== null))];
  // Nine in ten at a commune, one in ten at a provincial agency.
  const units = [
    ...communes.map((c) => c.code),
    ...provinces.flatMap((p) => Array.from({ length: Math.max(1, Math.round(communes.length / provinces.length / 9)) }, () => p)),
  ];
  log(
    `records: ${options.count.toLocaleString('en')} dossiers over ${months[0]}–${months.at(-1)}, ${communes.length} communes, ${provinces.length} provinces…`,
  );

  const started = performance.now();
  for (let first = 0; first < options.count; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, options.count - first) }, (_, k) => dossierAt(first + k, units, months));
    await inTransaction(store.db, (trx) => writeDossierBatch(trx, SOURCE, batch, { actor: ACTOR, via: 'bench' }, now));
    if ((first / BATCH) % 40 === 0)
      log(
        `  ${(first + batch.length).toLocaleString('en')} (${Math.round((first + batch.length) / ((performance.now() - started) / 1000)).toLocaleString('en')}/s)`,
      );
  }
  const refreshStarted = performance.now();
  const refreshed = await inTransaction(store.db, (trx) => refreshDerivedValues(trx, dossiersCounter, { unitCodes: null, now }));
  const loadSeconds = (performance.now() - started) / 1000;
  const refreshSeconds = (performance.now() - refreshStarted) / 1000;
  log(`records: loaded in ${loadSeconds.toFixed(1)} s (refresh ${refreshSeconds.toFixed(1)} s, ${refreshed.created} derived values)`);

  const times: number[] = [];
  const month = months.at(-1)!;
  const withParent = communes.filter((c) => c.parent);
  for (let i = 0; i < options.samples; i++) {
    const commune = withParent[mix(i, 53, 59) % withParent.length]!;
    const query: IndicatorQuery = { indicator: RECORDS_INDICATOR, unit: commune.parent!, periods: [month], view: 'now', breakdown: 'none' };
    const [before] = (await queryIndicator(store, query, ACTOR)).rows;
    const dossier = { ...dossierAt(options.count + i, [commune.code], [month]), channel: 'online' as const, level: 'full' as const };
    const t0 = performance.now();
    await pushDossiers(store, { source: SOURCE, dossiers: [dossier] }, { actor: ACTOR, now, via: 'bench' });
    const [after] = (await queryIndicator(store, query, ACTOR)).rows;
    times.push(performance.now() - t0);
    if ((after?.numerator ?? NaN) - (before?.numerator ?? NaN) !== 1)
      throw new Error(`dossier not visible: ${commune.code} ${month}: ${before?.numerator} → ${after?.numerator}`);
  }
  return {
    dossiers: options.count,
    units: units.length,
    months,
    load: {
      seconds: Math.round(loadSeconds * 10) / 10,
      recordsPerSecond: Math.round(options.count / loadSeconds),
      refreshSeconds: Math.round(refreshSeconds * 10) / 10,
      derivedValuesWritten: refreshed.created,
    },
    newDossierToIndicator: summarise(times),
  };
}
