/**
 * The demo's evidence: a value's `evidence` is the id of an evidence record of its unit and period, so each
 * article a batch of figures comes from becomes a document evidence (số/ký hiệu: the source's reference, date:
 * the day it was posted — none for an article that prints none —, trích yếu: its title) for every unit and period the batch reports — attached to the
 * report (dataset) that collects the figure, or to the element itself for a figure no report collects — and
 * the batch's items cite its id.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertEvidence } from '../../store/evidence/repo.ts';
import type { Database } from '../../store/schema.ts';
import type { RecordItem } from '../collection/record-values.ts';
import { DEMO_DATASETS } from './seed-datasets.ts';
import { SOURCES, type SourceKey } from './sources.ts';

/** The demo form that collects the element from the unit (its own unit, or communes for a commune form), or null. */
export function datasetOf(element: string, unit: string): string | null {
  const collects = (d: (typeof DEMO_DATASETS)[number]) =>
    d.elements.some((e) => e.code === element) && d.units.some((u) => (u.level === 'commune' ? unit.length === 5 : u.unit === unit));
  return DEMO_DATASETS.find(collects)?.code ?? null;
}

/** Creates the batch's evidence records and sets each item's `evidence` to the id of its own. */
export async function citeSource(db: Kysely<Database>, source: SourceKey, items: RecordItem[], author: string, at: Date): Promise<void> {
  const { title, reference, date } = SOURCES[source];
  const ids = new Map<string, string>();
  for (const item of items) {
    const dataset = datasetOf(item.dataElement, item.unit);
    const element = dataset === null ? item.dataElement : null;
    const key = `${item.unit}|${item.period}|${dataset ?? ''}|${element ?? ''}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = randomUUID();
      ids.set(key, id);
      await insertEvidence(db, {
        id,
        kind: 'document',
        unit: item.unit,
        period: item.period,
        element,
        dataset,
        document: { number: reference, date, issuer: null, summary: title },
        url: null,
        file: null,
        createdBy: author,
        createdAt: at.toISOString(),
      });
    }
    item.evidence = id;
  }
}
