/**
 * Reads and writes of the dossier tables (migration 0024). Writes in chunks (one statement per chunk: a batch of
 * thousands is a handful of statements on both databases); the counts group by the owner unit.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Dossier } from '../../domain/dossiers.ts';
import type { Database } from '../schema.ts';
import type { DossiersTable } from './schema.ts';

export type DossierRow = Omit<DossiersTable, 'id'> & { id: number };
type NewDossierRow = Omit<DossiersTable, 'id'>;

/** Rows per insert statement (17 columns: far below both databases' parameter limits). */
const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const toNumberId = <T extends { id: number | bigint | string }>(r: T) => ({ ...r, id: Number(r.id) });

/** The current rows of these source ids, by source id. */
export async function dossiersBySourceIds(db: Kysely<Database>, source: string, sourceIds: readonly string[]): Promise<Map<string, DossierRow>> {
  const out = new Map<string, DossierRow>();
  for (const part of chunks(sourceIds)) {
    const rows = await db.selectFrom('dossiers').selectAll().where('source', '=', source).where('sourceId', 'in', part).execute();
    for (const r of rows) out.set(r.sourceId, toNumberId(r));
  }
  return out;
}

/** Inserts the rows; returns the new ids by source id. */
export async function insertDossiers(db: Kysely<Database>, rows: readonly NewDossierRow[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(rows)) {
    const inserted = await db.insertInto('dossiers').values(part).returning(['id', 'sourceId']).execute();
    for (const r of inserted) ids.set(r.sourceId, Number(r.id));
  }
  return ids;
}

export async function updateDossier(db: Kysely<Database>, id: number, values: Partial<NewDossierRow>): Promise<void> {
  await db.updateTable('dossiers').set(values).where('id', '=', id).execute();
}

export async function insertDossierVersions(
  db: Kysely<Database>,
  rows: ReadonlyArray<{ dossierId: number; version: number; data: string; recordedBy: string; recordedAt: string }>,
): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('dossierVersions').values(part).execute();
}

export async function getDossier(db: Kysely<Database>, id: number): Promise<DossierRow | null> {
  const row = await db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toNumberId(row) : null;
}

export async function dossierVersions(
  db: Kysely<Database>,
  id: number,
): Promise<Array<{ version: number; data: Dossier; recordedBy: string; recordedAt: string }>> {
  const rows = await db
    .selectFrom('dossierVersions')
    .select(['version', 'data', 'recordedBy', 'recordedAt'])
    .where('dossierId', '=', id)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ version: Number(r.version), data: JSON.parse(r.data) as Dossier, recordedBy: r.recordedBy, recordedAt: r.recordedAt }));
}

/** What a count or a list narrows the dossiers to. `dateOf`: which day places a dossier in the period. */
export interface DossierSelection {
  dateOf: 'received' | 'finished';
  from: string;
  to: string;
  /** null: every unit. */
  units: readonly string[] | null;
  field?: string;
  level?: string;
  channel?: string;
  result?: string;
}

type DossierQuery = SelectQueryBuilder<Database, 'dossiers', object>;

export function selectDossiers(db: Kysely<Database>, s: DossierSelection): DossierQuery {
  const day = s.dateOf === 'finished' ? 'finishedOn' : 'receivedOn';
  let q = db.selectFrom('dossiers').where(day, '>=', s.from).where(day, '<=', s.to) as DossierQuery;
  if (s.units) q = q.where('unit', 'in', s.units.length ? [...s.units] : ['']);
  if (s.field) q = q.where('field', '=', s.field);
  if (s.level) q = q.where('level', '=', s.level);
  if (s.channel) q = q.where('channel', '=', s.channel);
  if (s.result) q = q.where('result', '=', s.result);
  return q;
}

/** The number of dossiers of the selection at each unit. */
export async function countDossiersByUnit(db: Kysely<Database>, s: DossierSelection): Promise<Map<string, number>> {
  const rows = await selectDossiers(db, s)
    .select((eb) => ['unit', eb.fn.countAll<number | string>().as('n')])
    .groupBy('unit')
    .execute();
  return new Map(rows.map((r) => [r.unit, Number(r.n)]));
}

export async function pageOfDossiers(
  db: Kysely<Database>,
  s: DossierSelection,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: DossierRow[] }> {
  const total = await selectDossiers(db, s)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const day = s.dateOf === 'finished' ? 'finishedOn' : 'receivedOn';
  const rows = await selectDossiers(db, s).selectAll().orderBy(day).orderBy('id').limit(page.limit).offset(page.offset).execute();
  return { total: Number(total.n), rows: rows.map(toNumberId) };
}

/** Counts of the selection by field and channel (the screen's breakdowns). */
export async function dossierBreakdown(
  db: Kysely<Database>,
  s: DossierSelection,
): Promise<Array<{ field: string; channel: string; n: number; onTime: number; finished: number }>> {
  const rows = await selectDossiers(db, s)
    .select((eb) => [
      'field',
      'channel',
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string | null>(eb.case().when('result', '=', 'on_time').then(1).else(0).end()).as('onTime'),
      eb.fn.sum<number | string | null>(eb.case().when('finishedOn', 'is not', null).then(1).else(0).end()).as('finished'),
    ])
    .groupBy(['field', 'channel'])
    .execute();
  return rows.map((r) => ({ field: r.field, channel: r.channel, n: Number(r.n), onTime: Number(r.onTime ?? 0), finished: Number(r.finished ?? 0) }));
}

/** True when a dossier of the selection was invented for the demo. */
export async function anySimulatedDossier(db: Kysely<Database>, s: DossierSelection): Promise<boolean> {
  const row = await selectDossiers(db, s).select('id').where('simulated', '=', 1).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The last day a dossier of these units was received (any period), or null when they have none. */
export async function lastDossierReceived(db: Kysely<Database>, units: readonly string[]): Promise<string | null> {
  const row = await db
    .selectFrom('dossiers')
    .where('unit', 'in', units.length ? [...units] : [''])
    .select((eb) => eb.fn.max<string | null>('receivedOn').as('d'))
    .executeTakeFirst();
  return row?.d ?? null;
}

/** The earliest day a dossier concerns, or null when there is none. */
export async function earliestDossierDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('dossiers')
    .select((eb) => eb.fn.min<string | null>('receivedOn').as('d'))
    .executeTakeFirst();
  return row?.d ?? null;
}
