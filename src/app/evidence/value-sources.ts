/**
 * The sources behind a unit's figures for a period (a report's appendix): the evidence the current values of the
 * given elements cite, at the unit, for the period and every shorter period inside it (a year's figures are
 * entered on its halves, months), for callers who may read the unit on the period's last day.
 */
import type { Actor } from '../../domain/access.ts';
import { PERIOD_TYPES, childrenOf, parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { evidenceOfValues, type CitedEvidence } from '../../store/evidence/value-evidence.ts';
import { unitInForce } from '../../store/units/tree-reads.ts';
import { authorizeUnit } from '../policy.ts';

export type { CitedEvidence };

export async function valueSources(store: Store, actor: Actor, query: { unit: string; period: string; elements: readonly string[] }): Promise<CitedEvidence[]> {
  const period = parsePeriod(query.period);
  await authorizeUnit(store, actor, 'read', query.unit, period.end);
  const unit = await unitInForce(store.db, query.unit, period.end);
  if (!unit) return [];
  const periods = [query.period, ...PERIOD_TYPES.slice(0, PERIOD_TYPES.indexOf(period.type)).flatMap((type) => childrenOf(period, type))];
  return evidenceOfValues(store.db, { unitId: unit.id, periods, elements: query.elements });
}
