/**
 * GET /plans: the plans the caller may read (access.ts: the others are left out of the list, as they would be
 * 403 to open), filtered and paged. Filters: `unit` (the code of the plan's unit, as the plan names it), `from`
 * and `to` (period ids: plans whose span overlaps [start of `from`, end of `to`]; a plan without a start or an end
 * is open on that side) and `q` (code, names and legal basis, accent-insensitive). By code.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { listPlanHeaders, type PlanHeader } from '../../store/metadata/repo.ts';
import { assertMayRead, planAccessFor } from './access.ts';
import { pageOf, textMatcher, type Page, type PageQuery } from './list-page.ts';
import { planView, type PlanView } from './plan-view.ts';

export interface PlanQuery extends PageQuery {
  q?: string;
  unit?: string;
  from?: string;
  to?: string;
}

export async function findPlans(store: Store, actor: Actor, today: string, query: PlanQuery): Promise<Page<PlanView>> {
  assertMayRead(actor);
  const overlaps = spanFilter(query);
  const matches = textMatcher(query.q);
  const candidates = (await listPlanHeaders(store.db)).filter(
    (p) => (query.unit === undefined || p.unitCode === query.unit) && overlaps(p) && matches(p.code, p.name, p.nameEn, p.legalBasis),
  );
  const access = planAccessFor(store.db, actor, today);
  const shown: PlanView[] = [];
  for (const plan of candidates) {
    const seen = await access(plan);
    if (seen.readable) shown.push(planView(plan, seen));
  }
  return pageOf(shown, query);
}

/** Whether a plan's span overlaps the asked one; 400 for a period id that does not parse or a range that ends before it starts. */
function spanFilter(query: PlanQuery): (plan: PlanHeader) => boolean {
  const from = query.from === undefined ? null : period('from', query.from).start;
  const to = query.to === undefined ? null : period('to', query.to).end;
  if (from !== null && to !== null && from > to)
    throw appError('BAD_REQUEST', { field: 'to', reason: `kỳ ${query.to} trước kỳ ${query.from} / ends before it starts` });
  return (plan) => {
    const start = plan.startPeriod && isPeriodId(plan.startPeriod) ? parsePeriod(plan.startPeriod).start : null;
    const end = plan.endPeriod && isPeriodId(plan.endPeriod) ? parsePeriod(plan.endPeriod).end : null;
    return (to === null || start === null || start <= to) && (from === null || end === null || from <= end);
  };
}

function period(field: string, id: string) {
  if (!isPeriodId(id))
    throw appError('BAD_REQUEST', {
      field,
      reason: `mã kỳ không hợp lệ '${id}': dùng 2023, 2023S1, 2023Q2 hoặc 202306 / invalid period: use 2023, 2023S1, 2023Q2 or 202306`,
    });
  return parsePeriod(id);
}
