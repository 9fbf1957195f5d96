/**
 * The screen's unit, period and view live in the URL (?unit=68&period=2022&view=now), so a link reproduces
 * the screen. Missing or malformed values are replaced by defaults (the replacement goes into the URL too).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Me, View } from './api/types';
import { dayBefore } from './format';
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

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A unit page's date (?at=2025-06-30: the unit as it was that day), or null when missing or malformed. */
export function parseAtParam(search: URLSearchParams): string | null {
  const at = search.get('at');
  return at !== null && ISO_DATE.test(at) ? at : null;
}

/** The link to a unit's page, keeping the screen's period and view; `at` names the day the unit is shown as of. */
export function unitPageHref(code: string, params: Pick<ScreenParams, 'period' | 'view'>, at?: string): string {
  const search = new URLSearchParams({ unit: code, period: params.period, view: params.view });
  if (at) search.set('at', at);
  return `/units/${encodeURIComponent(code)}?${search.toString()}`;
}

/**
 * The screen on which to open a unit of another time (a lineage link): a unit still in force in the `now` view with the
 * same period; one that ended in the `was` view, in the same period when the unit lived in it, else in the last year at
 * whose end it still existed (2024 for Đắk Nông, which ended on 1/7/2025), or its first year.
 */
export function screenForUnit(
  params: Pick<ScreenParams, 'period' | 'view'>,
  life: { validFrom: string | null; validTo: string | null },
): Pick<ScreenParams, 'period' | 'view'> {
  if (life.validTo === null) return { period: params.period, view: 'now' };
  const period = parsePeriodId(params.period);
  const lived = period && (life.validFrom === null || life.validFrom <= periodEnd(period)) && periodStart(period) < life.validTo;
  if (lived) return { period: params.period, view: 'was' };
  const lastDay = dayBefore(life.validTo);
  const lastYear = Number(lastDay.slice(0, 4)) - (lastDay.endsWith('-12-31') ? 0 : 1);
  const firstYear = life.validFrom === null ? lastYear : Number(life.validFrom.slice(0, 4));
  return { period: String(Math.max(lastYear, firstYear)), view: 'was' };
}

/**
 * The screen's parameters from the URL, and a setter that adds a history entry (Back undoes a change). `pinnedUnit`:
 * the unit a page names in its path (/units/67), which the URL's ?unit= then follows.
 */
export function useScreenParams(defaults: ScreenParams, pinnedUnit?: string): { params: ScreenParams; update: (patch: Partial<ScreenParams>) => void } {
  const [search, setSearch] = useSearchParams();
  const parsed = useMemo(() => parseScreenParams(search), [search]);
  const unit = pinnedUnit ?? parsed.unit ?? defaults.unit;
  const params = useMemo<ScreenParams>(
    () => ({ unit, period: parsed.period ?? defaults.period, view: parsed.view ?? defaults.view }),
    [unit, parsed.period, parsed.view, defaults.period, defaults.view],
  );
  const complete = parsed.unit === unit && parsed.period !== null && parsed.view !== null;

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
