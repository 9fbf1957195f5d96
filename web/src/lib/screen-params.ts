/**
 * The screen's unit, period and view live in the URL (?unit=68&period=2022&view=now), so a link reproduces
 * the screen. Missing or malformed values are replaced by defaults (the replacement goes into the URL too).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Me, View } from './api/types';
import { parsePeriodId, periodEnd, periodStart } from './periods';

export interface ScreenParams {
  unit: string;
  period: string;
  view: View;
}

export const VIEWS: readonly View[] = ['was', 'now'];

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** The values in a query string, each null when missing or malformed. */
export function parseScreenParams(search: URLSearchParams): { [K in keyof ScreenParams]: ScreenParams[K] | null } {
  const unit = search.get('unit');
  const period = search.get('period');
  const view = search.get('view');
  return {
    unit: unit !== null && UNIT_CODE.test(unit) ? unit : null,
    period: period !== null && parsePeriodId(period) ? period : null,
    view: view === 'was' || view === 'now' ? view : null,
  };
}

/**
 * Where a user starts: their own unit (the country for admins and viewers), last year, today's boundaries. A user
 * whose unit no longer exists (a reporter of the old Đắk Nông 67) starts on it as reported, in the last year it ended in.
 */
export function defaultScreenParams(me: Me | null | undefined, today: string): ScreenParams {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const versions = me?.actor.unitVersions ?? [];
  const current = versions.find((v) => v.validTo === null || v.validTo > today);
  if (current) return { unit: current.code, period: String(lastYear), view: 'now' };
  const ended = versions[versions.length - 1];
  if (ended?.validTo) {
    // The last year at whose end the unit still existed (validTo is the first day without it): 2024 for Đắk Nông.
    return { unit: ended.code, period: String(Math.min(lastYear, Number(ended.validTo.slice(0, 4)) - 1)), view: 'was' };
  }
  return { unit: me?.actor.units[0] ?? 'VN', period: String(lastYear), view: 'now' };
}

/** The date whose tree the screen uses: today for the `now` view, the period's last day for `was`. */
export function treeDate(params: Pick<ScreenParams, 'period' | 'view'>, today: string): string {
  const period = parsePeriodId(params.period);
  if (params.view === 'now' || !period) return today;
  return periodEnd(period);
}

/**
 * The second date a unit is looked up at, as the API does: in the `was` view the period's first day, for a unit that
 * ended within the period (Đắk Nông in 2025); none in the `now` view.
 */
export function fallbackDate(params: Pick<ScreenParams, 'period' | 'view'>): string | undefined {
  const period = parsePeriodId(params.period);
  return params.view === 'was' && period ? periodStart(period) : undefined;
}

/** The query string of a screen (kept on the navigation's links). */
export function screenSearch(params: ScreenParams): string {
  return `?${new URLSearchParams({ unit: params.unit, period: params.period, view: params.view }).toString()}`;
}

/** The screen's parameters from the URL, and a setter that adds a history entry (Back undoes a change). */
export function useScreenParams(defaults: ScreenParams): { params: ScreenParams; update: (patch: Partial<ScreenParams>) => void } {
  const [search, setSearch] = useSearchParams();
  const parsed = useMemo(() => parseScreenParams(search), [search]);
  const params = useMemo<ScreenParams>(
    () => ({ unit: parsed.unit ?? defaults.unit, period: parsed.period ?? defaults.period, view: parsed.view ?? defaults.view }),
    [parsed, defaults.unit, defaults.period, defaults.view],
  );
  const complete = parsed.unit !== null && parsed.period !== null && parsed.view !== null;

  useEffect(() => {
    if (complete) return;
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('unit', params.unit);
        next.set('period', params.period);
        next.set('view', params.view);
        return next;
      },
      { replace: true },
    );
  }, [complete, params, setSearch]);

  const update = useCallback(
    (patch: Partial<ScreenParams>) => {
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) if (value !== undefined) next.set(key, value);
        return next;
      });
    },
    [setSearch],
  );
  return { params, update };
}
