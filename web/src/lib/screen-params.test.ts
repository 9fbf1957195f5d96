import { describe, expect, it } from 'vitest';
import { defaultScreenParams, fallbackDate, parseAtParam, parseScreenParams, screenForUnit, screenSearch, treeDate, unitPageHref } from './screen-params';
import type { Me } from './api/types';

const me = (unitVersions: Me['actor']['unitVersions'], units: string[] = unitVersions?.map((v) => v.code) ?? []): Me => ({
  actor: { kind: 'user', name: 'x', role: 'reporter', units, unitVersions },
  csrfToken: 't',
  abilities: {
    read: true,
    read_coverage: false,
    write_values: true,
    submit: true,
    approve: false,
    return: false,
    reopen: false,
    manage: false,
    explain: true,
    direct: false,
    read_personal: false,
  },
});

describe('the screen in the URL', () => {
  it('reads unit, period and view, refusing what is malformed', () => {
    expect(parseScreenParams(new URLSearchParams('unit=68&period=2023Q2&view=was'))).toEqual({ unit: '68', period: '2023Q2', view: 'was' });
    expect(parseScreenParams(new URLSearchParams('unit=<script>&period=2023Q5&view=then'))).toEqual({ unit: null, period: null, view: null });
    expect(parseScreenParams(new URLSearchParams(''))).toEqual({ unit: null, period: null, view: null });
  });

  it('writes a query string that reads back the same', () => {
    const params = { unit: '67', period: '2022', view: 'was' as const };
    expect(parseScreenParams(new URLSearchParams(screenSearch(params)))).toEqual(params);
  });

  it("reads the tree today in the now view and at the period's end in the was view", () => {
    expect(treeDate({ period: '2022', view: 'was' }, '2026-12-01')).toBe('2022-12-31');
    expect(treeDate({ period: '2023S1', view: 'was' }, '2026-12-01')).toBe('2023-06-30');
    expect(treeDate({ period: '2022', view: 'now' }, '2026-12-01')).toBe('2026-12-01');
    // A unit that ended within the period is looked up on its first day too (as the API does).
    expect(fallbackDate({ period: '2025', view: 'was' })).toBe('2025-01-01');
    expect(fallbackDate({ period: '2025', view: 'now' })).toBeUndefined();
  });

  it('starts a user on their own unit, last year; on a unit that ended, as reported in its last year', () => {
    expect(defaultScreenParams(null, '2026-12-01')).toEqual({ unit: 'VN', period: '2025', view: 'now' });
    expect(defaultScreenParams(me([]), '2026-12-01')).toEqual({ unit: 'VN', period: '2025', view: 'now' });
    expect(defaultScreenParams(me([{ code: '68', name: 'Lâm Đồng', level: 'province', validFrom: '2025-07-01', validTo: null }]), '2026-12-01')).toEqual({
      unit: '68',
      period: '2025',
      view: 'now',
    });
    expect(defaultScreenParams(me([{ code: '67', name: 'Đắk Nông', level: 'province', validFrom: null, validTo: '2025-07-01' }]), '2026-12-01')).toEqual({
      unit: '67',
      period: '2024',
      view: 'was',
    });
    expect(defaultScreenParams(me([{ code: '99', name: 'X', level: 'province', validFrom: null, validTo: '2024-01-01' }]), '2026-12-01')).toEqual({
      unit: '99',
      period: '2023',
      view: 'was',
    });
  });

  it("links a unit's page with the screen's period and view, and the day it is shown as of", () => {
    expect(unitPageHref('67', { period: '2022', view: 'was' })).toBe('/units/67?unit=67&period=2022&view=was');
    expect(unitPageHref('68', { period: '2022', view: 'now' }, '2025-07-01')).toBe('/units/68?unit=68&period=2022&view=now&at=2025-07-01');
    expect(parseAtParam(new URLSearchParams('at=2025-06-30'))).toBe('2025-06-30');
    for (const bad of ['at=2025-13-01', 'at=30/6/2025', 'at=', '']) expect(parseAtParam(new URLSearchParams(bad))).toBeNull();
  });

  it('opens a unit of another time on a screen where it existed: today in the now view, else as reported in a year it lived', () => {
    // Lâm Đồng (68) from 1/7/2025, still in force: the now view, same period.
    expect(screenForUnit({ period: '2022', view: 'was' }, { validFrom: '2025-07-01', validTo: null })).toEqual({ period: '2022', view: 'now' });
    // Đắk Nông (67), ended 1/7/2025: as reported; 2022 it lived in, 2026 it did not (then 2024, its last full year).
    expect(screenForUnit({ period: '2022', view: 'now' }, { validFrom: null, validTo: '2025-07-01' })).toEqual({ period: '2022', view: 'was' });
    expect(screenForUnit({ period: '2025S1', view: 'now' }, { validFrom: null, validTo: '2025-07-01' })).toEqual({ period: '2025S1', view: 'was' });
    expect(screenForUnit({ period: '2026', view: 'now' }, { validFrom: null, validTo: '2025-07-01' })).toEqual({ period: '2024', view: 'was' });
    expect(screenForUnit({ period: '2026', view: 'now' }, { validFrom: null, validTo: '2025-01-01' })).toEqual({ period: '2024', view: 'was' });
    // A unit that lived half a year only: its first year.
    expect(screenForUnit({ period: '2020', view: 'now' }, { validFrom: '2025-01-01', validTo: '2025-07-01' })).toEqual({ period: '2025', view: 'was' });
  });
});
