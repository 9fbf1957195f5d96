/**
 * The follow-ups of missed targets (migration 0014): rows, their explanations, directives and progress reports.
 * No rules and no audit here (app/follow-ups/ has them). A state change is a compare-and-set on the state read,
 * so two writers racing on one follow-up cannot both move it from the same state.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { FollowUpDirectivesTable, FollowUpExplanationsTable, FollowUpProgressTable, FollowUpsTable } from './schema.ts';

export type FollowUpRow = Selectable<FollowUpsTable>;
export type ExplanationRow = Selectable<FollowUpExplanationsTable>;
export type DirectiveRow = Selectable<FollowUpDirectivesTable>;
export type ProgressRow = Selectable<FollowUpProgressTable>;

export interface FollowUpFilter {
  plan?: string;
  states?: readonly string[];
}

const num = <T extends { id: number }>(r: T): T => ({ ...r, id: Number(r.id) });

/** Follow-ups, newest first. */
export async function listFollowUpRows(db: Kysely<Database>, filter: FollowUpFilter = {}): Promise<FollowUpRow[]> {
  let q = db.selectFrom('followUps').selectAll().orderBy('id', 'desc');
  if (filter.plan !== undefined) q = q.where('planCode', '=', filter.plan);
  if (filter.states?.length) q = q.where('state', 'in', [...filter.states]);
  return (await q.execute()).map(num);
}

export async function getFollowUpRow(db: Kysely<Database>, id: number): Promise<FollowUpRow | undefined> {
  const row = await db.selectFrom('followUps').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? num(row) : undefined;
}

/** Target keys whose latest follow-up a leader closed (a decision that stands for the target's period). */
export async function leaderClosedKeys(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('followUps')
    .select(['planCode', 'indicatorCode', 'unitCode', 'period', 'closeReason', 'id'])
    .where('state', '=', 'closed')
    .orderBy('id')
    .execute();
  const latest = new Map<string, string | null>();
  for (const r of rows) latest.set(`${r.planCode}|${r.indicatorCode}|${r.unitCode}|${r.period}`, r.closeReason);
  return new Set([...latest].filter(([, reason]) => reason === 'leader').map(([key]) => key));
}

/** Opens a follow-up; null when one is already open for the target (another writer got there first). */
export async function insertFollowUp(db: Kysely<Database>, row: Omit<FollowUpRow, 'id'>): Promise<number | null> {
  const inserted = await db
    .insertInto('followUps')
    .values(row)
    .onConflict((oc) => oc.column('openKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? Number(inserted.id) : null;
}

/** Moves a follow-up from `from` to a new state (and other columns); false when its state was no longer `from`. */
export async function updateFollowUpFrom(
  db: Kysely<Database>,
  id: number,
  from: string,
  change: Partial<Omit<FollowUpRow, 'id' | 'planCode' | 'indicatorCode' | 'unitCode' | 'period'>>,
): Promise<boolean> {
  const result = await db.updateTable('followUps').set(change).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertExplanation(db: Kysely<Database>, row: Omit<ExplanationRow, 'id'>): Promise<number> {
  const r = await db.insertInto('followUpExplanations').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function insertDirective(db: Kysely<Database>, row: Omit<DirectiveRow, 'id'>): Promise<number> {
  const r = await db.insertInto('followUpDirectives').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function insertProgress(db: Kysely<Database>, row: Omit<ProgressRow, 'id'>): Promise<number> {
  const r = await db.insertInto('followUpProgress').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function getDirectiveRow(db: Kysely<Database>, id: number): Promise<DirectiveRow | undefined> {
  const row = await db.selectFrom('followUpDirectives').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? num(row) : undefined;
}

/** Marks a directive done; false when it already was. */
export async function markDirectiveDone(db: Kysely<Database>, id: number, at: string): Promise<boolean> {
  const result = await db.updateTable('followUpDirectives').set({ doneAt: at }).where('id', '=', id).where('doneAt', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The explanations, directives and progress reports of some follow-ups, oldest first. */
export async function readFollowUpParts(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<{ explanations: ExplanationRow[]; directives: DirectiveRow[]; progress: ProgressRow[] }> {
  if (ids.length === 0) return { explanations: [], directives: [], progress: [] };
  const explanations = (
    await db
      .selectFrom('followUpExplanations')
      .selectAll()
      .where('followUpId', 'in', [...ids])
      .orderBy('id')
      .execute()
  ).map(num);
  const directives = (
    await db
      .selectFrom('followUpDirectives')
      .selectAll()
      .where('followUpId', 'in', [...ids])
      .orderBy('id')
      .execute()
  ).map(num);
  const directiveIds = directives.map((d) => d.id);
  const progress = directiveIds.length
    ? (await db.selectFrom('followUpProgress').selectAll().where('directiveId', 'in', directiveIds).orderBy('id').execute()).map(num)
    : [];
  return { explanations, directives, progress };
}

/**
 * What target statuses depend on besides the day: the newest value version and the targets (a plan's targets are
 * replaced whole, so new ids). The follow-up sync is skipped while this and the day are what it last saw.
 */
export async function statusInputsMark(db: Kysely<Database>): Promise<string> {
  const value = await db.selectFrom('dataValues').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const targets = await db
    .selectFrom('targets')
    .select((eb) => [eb.fn.max('id').as('maxId'), eb.fn.countAll().as('count')])
    .executeTakeFirst();
  return `${Number(value?.id ?? 0)}.${Number(targets?.maxId ?? 0)}.${Number(targets?.count ?? 0)}`;
}
