/** The analytics query (app/analytics/indicator-query.ts) at one period, as an admin: the rows, for store-level tests. */
import type { Actor } from '../../src/domain/access.ts';
import type { Store } from '../../src/store/db.ts';
import { queryIndicator, type AnalyticsRow, type Breakdown, type View } from '../../src/app/analytics/indicator-query.ts';

export const ANALYTICS_ADMIN: Actor = { kind: 'user', name: 'test', role: 'admin', unitScopes: [] };

export interface OnePeriodQuery {
  indicator: string;
  unit: string;
  period: string;
  view: View;
  breakdown: Breakdown;
}

export async function indicatorAt(store: Store, query: OnePeriodQuery): Promise<AnalyticsRow[]> {
  const { period, ...rest } = query;
  return (await queryIndicator(store, { ...rest, periods: [period] }, ANALYTICS_ADMIN)).rows;
}
