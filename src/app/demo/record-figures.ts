/**
 * Enters the demo figures through the real write path (recordValues: checks, versions, aggregates, audit),
 * dated as the articles appeared and citing them as evidence (cite-sources.ts), then submits and approves the
 * reports they belong to.
 */
import type { Actor } from '../../domain/access.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { listUnits } from '../../store/units/repo.ts';
import { recordValues, type RecordItem } from '../collection/record-values.ts';
import { transitionSubmission } from '../collection/workflow.ts';
import { citeSource, datasetOf } from './cite-sources.ts';
import { DEMO_DTI_VALUES, DEMO_VALUES, type DemoValue } from './seed-values.ts';
import { SOURCES, type SourceKey } from './sources.ts';

export const DEMO_ACTOR: Actor = { kind: 'user', name: 'demo', role: 'admin', unitScopes: [] };

interface Batch {
  source: SourceKey;
  items: RecordItem[];
}

export interface RecordedFigures {
  created: number;
  updated: number;
  unchanged: number;
  approved: number;
}

export async function recordDemoFigures(store: Store): Promise<RecordedFigures> {
  const batches = [...groupBySource([...DEMO_VALUES, ...DEMO_DTI_VALUES]), ...(await communeFibreBatches(store))];
  const totals: RecordedFigures = { created: 0, updated: 0, unchanged: 0, approved: 0 };
  for (const batch of batches) {
    const now = new Date(`${SOURCES[batch.source].enteredOn}T09:00:00+07:00`);
    await citeSource(store.db, batch.source, batch.items, DEMO_ACTOR.name, now);
    const result = await recordValues(store, batch.items, { actor: DEMO_ACTOR, source: 'demo', via: 'dx-ioc demo', now });
    totals.created += result.created;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.approved += await approveReports(store, batch, now);
  }
  return totals;
}

function groupBySource(values: DemoValue[]): Batch[] {
  const bySource = new Map<SourceKey, RecordItem[]>();
  for (const v of values) {
    const items = bySource.get(v.source) ?? [];
    items.push({ dataElement: v.element, unit: v.unit, period: v.period, value: v.value, comment: v.comment ?? null, ...(v.derived ? { derived: true } : {}) });
    bySource.set(v.source, items);
  }
  return [...bySource].map(([source, items]) => ({ source, items }));
}

/** The sentences the commune fibre figures come from, by period (each entered as 1 of 1 per commune of Đắk Nông). */
export const COMMUNE_FIBRE: ReadonlyArray<{ period: string; source: SourceKey; quote: string }> = [
  // August 2022: "100% xã, phường, thị trấn" (Đắk Nông had 71 communes then, as in November)
  { period: '2022S1', source: 'nationalCommittee2022', quote: '100% xã, phường, thị trấn trong tỉnh được kết nối cáp quang đến trung tâm' },
  { period: '2022S2', source: 'dakNong2022', quote: '71/71 xã, phường, thị trấn đã được kết nối cáp quang đến trung tâm' },
  { period: '2023S2', source: 'dakNong2023', quote: '71/71 xã, phường, thị trấn được kết nối cáp quang đến trung tâm' },
];

/**
 * "71/71 xã, phường, thị trấn đã được kết nối cáp quang đến trung tâm": entered per commune (1 of 1),
 * so the province figure is a roll-up, not a second copy of the same fact.
 */
async function communeFibreBatches(store: Store): Promise<Batch[]> {
  const batches: Batch[] = [];
  for (const { period, source } of COMMUNE_FIBRE) {
    const at = parsePeriod(period).end;
    const items: RecordItem[] = [];
    const districts = await listUnits(store.db, { at, level: 'district', parentCode: '67', limit: 10000 });
    for (const district of districts.items) {
      const communes = await listUnits(store.db, { at, level: 'commune', parentCode: district.code, limit: 10000 });
      for (const commune of communes.items) {
        for (const element of ['XA_CAP_QUANG', 'XA_TONG']) {
          items.push({ dataElement: element, unit: commune.code, period, value: 1 });
        }
      }
    }
    batches.push({ source, items });
  }
  return batches;
}

/**
 * Submits and approves each report (dataset × unit × period) the batch filled in with reported figures; a report
 * holding only figures the demo worked back from the text (Đắk Nông's ATMs at the end of 2021) was never filed, so it
 * stays a draft.
 */
async function approveReports(store: Store, batch: Batch, now: Date): Promise<number> {
  const reports = new Set<string>();
  for (const item of batch.items) {
    if (item.derived) continue;
    const dataset = datasetOf(item.dataElement, item.unit);
    if (dataset) reports.add(`${dataset}|${item.unit}|${item.period}`);
  }
  for (const report of reports) {
    const [dataset, unit, period] = report.split('|') as [string, string, string];
    const ref = { dataset, unit, period };
    await transitionSubmission(store, ref, 'submit', { actor: DEMO_ACTOR, now });
    await transitionSubmission(store, ref, 'approve', { actor: DEMO_ACTOR, now });
  }
  return reports.size;
}
