/**
 * What a commit of the file would do, told at its preview: of the values it holds, how many are new (nothing
 * stored), changed, or the same as stored (value, and the row's comment and evidence when it gives them; a draft
 * value, reported and not worked back). Codes resolve as the write path resolves them (checkItems: the unit
 * version in force at the period's end); values the write path would refuse are not counted. An estimate: the
 * commit's own counts, taken under its locks, are what happened.
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { listCurrentValues, type CurrentValue } from '../../store/values/repo.ts';
import { checkItems } from '../collection/item-checks.ts';
import type { ImportItem } from './types.ts';

/** Units per current-values query (× the file's periods). */
const UNIT_CHUNK = 500;

export interface ImportChanges {
  created: number;
  updated: number;
  unchanged: number;
}

export async function countImportChanges(store: Store, items: readonly ImportItem[], actor: Actor): Promise<ImportChanges> {
  const counts: ImportChanges = { created: 0, updated: 0, unchanged: 0 };
  if (items.length === 0) return counts;
  const { checked } = await checkItems(store.db, items, actor);
  const unitIds = [...new Set(checked.map((c) => c.unit.id))];
  const periods = [...new Set(checked.map((c) => c.period))];
  const stored = new Map<string, CurrentValue>();
  for (let i = 0; i < unitIds.length; i += UNIT_CHUNK) {
    for (const v of await listCurrentValues(store.db, { unitIds: unitIds.slice(i, i + UNIT_CHUNK), periods }))
      stored.set(`${v.elementId}|${v.unitId}|${v.period}`, v);
  }
  for (const c of checked) {
    const current = stored.get(`${c.element.id}|${c.unit.id}|${c.period}`);
    if (!current) counts.created++;
    else if (same(current, c.value, c.comment, c.evidence)) counts.unchanged++;
    else counts.updated++;
  }
  return counts;
}

function same(current: CurrentValue, value: unknown, comment: string | null | undefined, evidence: string | null | undefined): boolean {
  if (current.status !== 'draft' || current.derived) return false;
  if (JSON.stringify(current.value) !== JSON.stringify(value)) return false;
  if (comment !== undefined && (comment || null) !== current.comment) return false;
  return evidence === undefined || (evidence || null) === current.evidenceRef;
}
