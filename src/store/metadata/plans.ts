import type { Kysely } from 'kysely';
import { validatePlan, ValidationError, type Plan, type PlanTarget } from '../../domain/metadata.ts';
import type { Database } from '../schema.ts';
import { byCode, inTransaction, pickPresent, sameContent, type UpsertAction } from '../transaction.ts';

const PLAN_COLUMNS = ['code', 'name', 'nameEn', 'legalBasis', 'unitCode', 'startPeriod', 'endPeriod'] as const;
const TARGET_FIELDS = ['indicator', 'unit', 'period', 'value', 'comparison', 'group', 'label'] as const;
const INSERT_CHUNK = 500;

/** The plan with this code and its targets (in the order they were given), or null. */
export async function getPlan(db: Kysely<Database>, code: string): Promise<Plan | null> {
  const plans = await readPlans(db, code);
  return plans[0] ?? null;
}

/** Every plan with its targets, by code. */
export async function listPlans(db: Kysely<Database>): Promise<Plan[]> {
  return readPlans(db);
}

async function readPlans(db: Kysely<Database>, code?: string): Promise<Plan[]> {
  let plans = db.selectFrom('plans').select(['id', ...PLAN_COLUMNS]);
  if (code !== undefined) plans = plans.where('code', '=', code);
  const rows = await plans.execute();
  if (rows.length === 0) return [];
  let targets = db
    .selectFrom('targets')
    .innerJoin('indicators', 'indicators.id', 'targets.indicatorId')
    .select([
      'targets.planId',
      'indicators.code as indicator',
      'targets.unitCode as unit',
      'targets.period',
      'targets.value',
      'targets.comparison',
      'targets.groupName as group',
      'targets.label',
    ])
    .orderBy('targets.id');
  if (code !== undefined) targets = targets.where('targets.planId', '=', (rows[0] as { id: number }).id);
  const byPlan = new Map<number, PlanTarget[]>();
  for (const t of await targets.execute()) {
    const list = byPlan.get(t.planId) ?? [];
    list.push(pickPresent({ ...t, value: Number(t.value) }, TARGET_FIELDS) as PlanTarget);
    byPlan.set(t.planId, list);
  }
  return rows.map((r) => ({ ...(pickPresent(r, PLAN_COLUMNS) as Omit<Plan, 'targets'>), targets: byPlan.get(r.id) ?? [] })).sort(byCode);
}

async function indicatorIds(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('indicators').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Creates or updates the plan with this code and replaces its targets; every target must name a stored indicator. */
export async function upsertPlan(db: Kysely<Database>, input: Plan, now: Date = new Date()): Promise<UpsertAction> {
  return inTransaction(db, async (trx) => {
    const ids = await indicatorIds(trx);
    const { value: plan, problems } = validatePlan(input, new Set(ids.keys()));
    if (!plan) throw new ValidationError(problems, 'Kế hoạch không hợp lệ / invalid plan');
    const existing = await getPlan(trx, plan.code);
    if (existing && sameContent(existing, plan)) return 'unchanged';
    const row = {
      code: plan.code,
      name: plan.name,
      nameEn: plan.nameEn,
      legalBasis: plan.legalBasis ?? null,
      unitCode: plan.unitCode ?? null,
      startPeriod: plan.startPeriod ?? null,
      endPeriod: plan.endPeriod ?? null,
    };
    let planId: number;
    if (existing) {
      const updated = await trx.updateTable('plans').set(row).where('code', '=', plan.code).returning('id').executeTakeFirstOrThrow();
      planId = updated.id;
    } else {
      const inserted = await trx
        .insertInto('plans')
        .values({ ...row, createdAt: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      planId = inserted.id;
    }
    await writeTargets(trx, planId, plan.targets, ids);
    return existing ? 'updated' : 'created';
  });
}

/** Replaces all targets of an existing plan (all or nothing); returns how many it now has. */
export async function replacePlanTargets(db: Kysely<Database>, planCode: string, targets: PlanTarget[]): Promise<number> {
  return inTransaction(db, async (trx) => {
    const plan = await trx
      .selectFrom('plans')
      .select(['id', ...PLAN_COLUMNS])
      .where('code', '=', planCode)
      .executeTakeFirst();
    if (!plan) throw new ValidationError([{ path: 'planCode', message: `không có kế hoạch mã '${planCode}' / no such plan` }]);
    const ids = await indicatorIds(trx);
    const { value, problems } = validatePlan({ ...pickPresent(plan, PLAN_COLUMNS), targets }, new Set(ids.keys()));
    if (!value) throw new ValidationError(problems, 'Mục tiêu không hợp lệ / invalid targets');
    await writeTargets(trx, plan.id, value.targets, ids);
    return value.targets.length;
  });
}

async function writeTargets(trx: Kysely<Database>, planId: number, targets: PlanTarget[], ids: Map<string, number>): Promise<void> {
  await trx.deleteFrom('targets').where('planId', '=', planId).execute();
  const rows = targets.map((t) => ({
    planId,
    indicatorId: ids.get(t.indicator) as number,
    unitCode: t.unit,
    period: t.period,
    value: t.value,
    comparison: t.comparison,
    groupName: t.group ?? null,
    label: t.label ?? null,
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('targets')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}
