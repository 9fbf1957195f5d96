/**
 * Writes a unit plan in ONE transaction, skipping what is already there: unit versions are matched
 * on their unique key (code, level, validFrom) and never deleted or re-created (data values may
 * point at them). Parent links and lineage are written only for the versions this call inserts,
 * so a second run of the same plan writes nothing.
 */
import type { Kysely } from 'kysely';
import { inTransaction } from '../transaction.ts';
import type { Database } from '../schema.ts';
import { unitKey, type UnitPlan } from '../../domain/units-plan.ts';
import { unitSearchText } from '../../domain/units-naming.ts';
import type { UnitLevel } from '../../domain/units.ts';

const BATCH = 500;

export interface UnitPlanWriteResult {
  /** Versions inserted / already present, per level. */
  inserted: Partial<Record<UnitLevel, number>>;
  skipped: Partial<Record<UnitLevel, number>>;
  parentLinks: number;
  lineageEvents: number;
  lineageLinks: number;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

const bump = (counts: Partial<Record<UnitLevel, number>>, level: UnitLevel): void => {
  counts[level] = (counts[level] ?? 0) + 1;
};

async function existingIds(trx: Kysely<Database>, plan: UnitPlan): Promise<Map<string, number>> {
  const levels = [...new Set(plan.units.map((u) => u.level))];
  const rows = await trx.selectFrom('units').select(['id', 'code', 'level', 'validFrom']).where('level', 'in', levels).execute();
  return new Map(rows.map((r) => [unitKey(r.level as UnitLevel, r.code, r.validFrom), r.id]));
}

export async function writeUnitPlan(db: Kysely<Database>, plan: UnitPlan, onProgress: (msg: string) => void = () => {}): Promise<UnitPlanWriteResult> {
  return inTransaction(db, (trx) => writeUnitPlanIn(trx, plan, onProgress));
}

/** writeUnitPlan inside a caller's transaction, for imports that check or clear other rows first, all or nothing. */
export async function writeUnitPlanIn(trx: Kysely<Database>, plan: UnitPlan, onProgress: (msg: string) => void = () => {}): Promise<UnitPlanWriteResult> {
  const result: UnitPlanWriteResult = { inserted: {}, skipped: {}, parentLinks: 0, lineageEvents: 0, lineageLinks: 0 };
  const ids = await existingIds(trx, plan);
  const fresh = new Set<string>();
  const missing = plan.units.filter((u) => {
    if (ids.has(u.key)) bump(result.skipped, u.level);
    return !ids.has(u.key);
  });
  for (const [index, batch] of chunks(missing).entries()) {
    const rows = await trx
      .insertInto('units')
      .values(
        batch.map((u) => ({
          code: u.code,
          level: u.level,
          type: u.type,
          name: u.name,
          nameEn: u.nameEn,
          fullName: u.fullName,
          fullNameEn: u.fullNameEn,
          searchText: unitSearchText(u.name, u.fullName, u.nameEn),
          validFrom: u.validFrom,
          validFromKnown: u.validFromKnown ? 1 : 0,
          validTo: u.validTo,
          validToKnown: u.validToKnown ? 1 : 0,
          codeOfficial: u.codeOfficial ? 1 : 0,
          source: plan.source,
          note: u.note,
        })),
      )
      .returning(['id', 'code', 'level', 'validFrom'])
      .execute();
    for (const r of rows) {
      const key = unitKey(r.level as UnitLevel, r.code, r.validFrom);
      ids.set(key, r.id);
      fresh.add(key);
    }
    for (const u of batch) bump(result.inserted, u.level);
    if (index % 10 === 9 || fresh.size === missing.length) onProgress(`đơn vị: đã ghi ${fresh.size}/${missing.length}`);
  }
  if (fresh.size === 0 && !plan.forceEvents) return result;
  const id = (key: string): number => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`không tìm thấy đơn vị ${key}`);
    return found;
  };

  const parents = plan.parents.filter((p) => fresh.has(p.childKey));
  for (const batch of chunks(parents)) {
    await trx
      .insertInto('unitParents')
      .values(batch.map((p) => ({ childId: id(p.childKey), parentId: id(p.parentKey), validFrom: p.validFrom, validTo: p.validTo })))
      .execute();
  }
  result.parentLinks = parents.length;
  onProgress(`liên kết cấp trên: ${parents.length}`);

  const touches = (link: { fromKey: string; toKey: string }): boolean => fresh.has(link.fromKey) || fresh.has(link.toKey);
  const events = plan.forceEvents ? plan.events : plan.events.filter((e) => e.links.length === 0 || e.links.some(touches));
  for (const batch of chunks(events)) {
    const rows = await trx
      .insertInto('lineageEvents')
      .values(batch.map((e) => ({ kind: e.kind, date: e.date, legalBasis: e.legalBasis, note: e.note, source: plan.source })))
      .returning(['id', 'note'])
      .execute();
    const eventIds = new Map(rows.map((r) => [r.note, r.id]));
    const links = batch.flatMap((e) =>
      e.links
        .filter((l) => plan.forceEvents || touches(l))
        .map((l) => ({ eventId: eventIds.get(e.note)!, fromUnitId: id(l.fromKey), toUnitId: id(l.toKey), kind: l.part, share: l.share })),
    );
    for (const linkBatch of chunks(links)) await trx.insertInto('lineageLinks').values(linkBatch).execute();
    result.lineageEvents += batch.length;
    result.lineageLinks += links.length;
  }
  onProgress(`phả hệ: ${result.lineageEvents} sự kiện, ${result.lineageLinks} liên kết`);
  return result;
}
