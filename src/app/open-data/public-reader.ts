/**
 * The anonymous reader of open data. It reads through the same use cases as everyone — values only through the one
 * analytics query (app/analytics/indicator-query.ts) — as PUBLIC_ACTOR, a read-only, not unit-scoped actor that is
 * handed to a use case only for what an administrator published (`requirePublishedIndicator`): an indicator that is
 * not published answers exactly as one that does not exist (404 INDICATOR_NOT_FOUND), so its code is not revealed.
 * What the analytics query counts includes values whose form is not yet approved (values carry no state of their
 * own; the workflow moves submissions), so `withheldCells` finds, for the answer's rows, those an unapproved value
 * flows into: the public answer shows no figure for them.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { contains } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { getPublication, listPublications } from '../../store/open-data/publications.ts';
import { unapprovedCells } from '../../store/open-data/unapproved.ts';
import { loadIndicator } from '../../compute/analytics/indicator.ts';

/** Reads like a leader (any unit, no writes), and is only ever given published indicators and editions. */
export const PUBLIC_ACTOR: Actor = { kind: 'user', name: '(public)', role: 'viewer', unitScopes: [] };

export async function requirePublishedIndicator(store: Store, code: string): Promise<Actor> {
  if (!(await getPublication(store.db, 'indicator', code))) throw appError('INDICATOR_NOT_FOUND', { code });
  return PUBLIC_ACTOR;
}

/** The published indicators' codes, sorted. */
export async function publishedIndicatorCodes(store: Store): Promise<string[]> {
  return (await listPublications(store.db, 'indicator')).map((p) => p.key);
}

/** A predicate: does an unapproved value of the indicator's elements flow into (unit, period)? */
export async function withheldCells(
  store: Store,
  indicator: string,
  view: 'was' | 'now',
  unitCodes: readonly string[],
): Promise<(unit: string, period: string) => boolean> {
  const elementIds = (await loadIndicator(store.db, indicator)).elements.map((e) => e.id);
  const cells = await unapprovedCells(store.db, { view, elementIds, unitCodes: [...new Set(unitCodes)] });
  const byUnit = new Map<string, string[]>();
  for (const c of cells) byUnit.set(c.unitCode, [...(byUnit.get(c.unitCode) ?? []), c.period]);
  return (unit, period) => (byUnit.get(unit) ?? []).some((p) => contains(period, p) || contains(p, period));
}
