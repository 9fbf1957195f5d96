import { describe, expect, it } from 'vitest';
import { defaultScreenParams, fallbackDate, parseScreenParams, screenSearch, treeDate } from './screen-params';
import type { Me } from './api/types';

const me = (unitVersions: Me['actor']['unitVersions'], units: string[] = unitVersions?.map((v) => v.code) ?? []): Me => ({
  actor: { kind: 'user', name: 'x', role: 'reporter', units, unitVersions },
  csrfToken: 't',
  abilities: { read: true, read_coverage: false, write_values: true, submit: true, approve: false, return: false, reopen: false, manage: false },
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
});
