/**
 * GET /indicators: the indicators, filtered and paged. Indicators carry no group of their own (domain/metadata.ts):
 * the groups are those a plan files its targets under (Chính quyền số, Kinh tế số…), so `plan` keeps the indicators
 * a plan targets and `group` those targeted under that group (of `plan` when given, else of any plan), both over the
 * plans the caller may read (access.ts; a `plan` the caller may not read is 403). Also `q` (code and names,
 * accent-insensitive) and `element` (the indicators whose formula uses it). By code.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Direction, Indicator } from '../../domain/metadata.ts';
import type { Store } from '../../store/db.ts';
import { listDataElements, listIndicators, listPlanHeaders, planIndicatorGroups } from '../../store/metadata/repo.ts';
import { assertMayRead, assertPlanReadable, planAccessFor } from './access.ts';
import { formulaElements } from './formula-elements.ts';
import { pageOf, sameLabel, textMatcher, type Page, type PageQuery } from './list-page.ts';

export interface IndicatorQuery extends PageQuery {
  q?: string;
  plan?: string;
  group?: string;
  element?: string;
}

export interface IndicatorView {
  code: string;
  name: string;
  nameEn: string;
  description: string | null;
  /** The formula as stored: numerator / denominator × factor, over `#{CODE}` references. */
  numerator: string;
  /** null: the denominator is 1. */
  denominator: string | null;
  factor: number;
  unitOfMeasure: string | null;
  decimals: number;
  direction: Direction;
  /** Every element of the formula is counted from a registry's records (derivedFrom): no unit reports it. */
  computed: boolean;
}

/** The codes of the data elements counted from a registry's records (their `derivedFrom` rule). */
export async function recordDerivedElements(db: Store['db']): Promise<ReadonlySet<string>> {
  return new Set((await listDataElements(db)).filter((e) => e.derivedFrom).map((e) => e.code));
}

export function indicatorView(indicator: Indicator, derivedElements: ReadonlySet<string>): IndicatorView {
  const used = formulaElements(indicator);
  return {
    code: indicator.code,
    name: indicator.name,
    nameEn: indicator.nameEn,
    description: indicator.description ?? null,
    numerator: indicator.numerator,
    denominator: indicator.denominator ?? null,
    factor: indicator.factor,
    unitOfMeasure: indicator.unitOfMeasure ?? null,
    decimals: indicator.decimals,
    direction: indicator.direction,
    computed: used.length > 0 && used.every((e) => derivedElements.has(e.code)),
  };
}

export async function findIndicators(store: Store, actor: Actor, today: string, query: IndicatorQuery): Promise<Page<IndicatorView>> {
  assertMayRead(actor);
  const targeted = await targetedCodes(store, actor, today, query);
  const matches = textMatcher(query.q);
  const { element } = query;
  const indicators = (await listIndicators(store.db)).filter(
    (i) =>
      (targeted === null || targeted.has(i.code)) &&
      (element === undefined || formulaElements(i).some((e) => e.code === element)) &&
      matches(i.code, i.name, i.nameEn),
  );
  const derived = await recordDerivedElements(store.db);
  return pageOf(
    indicators.map((i) => indicatorView(i, derived)),
    query,
  );
}

/** The codes the plan filters allow (null: no plan filter), over the plans the caller may read. */
async function targetedCodes(store: Store, actor: Actor, today: string, query: IndicatorQuery): Promise<Set<string> | null> {
  if (query.plan === undefined && query.group === undefined) return null;
  const plans = new Map((await listPlanHeaders(store.db)).map((p) => [p.code, p]));
  const access = planAccessFor(store.db, actor, today);
  if (query.plan !== undefined) {
    const plan = plans.get(query.plan);
    if (!plan) throw appError('PLAN_NOT_FOUND', { code: query.plan });
    assertPlanReadable(await access(plan), plan);
  }
  const { group } = query;
  const codes = new Set<string>();
  for (const row of await planIndicatorGroups(store.db, query.plan)) {
    if (codes.has(row.indicator) || (group !== undefined && !sameLabel(row.group, group))) continue;
    const plan = plans.get(row.plan);
    if (plan && (await access(plan)).readable) codes.add(row.indicator);
  }
  return codes;
}
