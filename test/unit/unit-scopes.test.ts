import { describe, expect, it } from 'vitest';
import { can, type Actor } from '../../src/domain/access.ts';
import { describeVersion, parseScopeSpec, pickVersion, validityText, versionEnded, type UnitVersion } from '../../src/domain/unit-scopes.ts';

const OLD_68: UnitVersion = { id: 3, code: '68', level: 'province', name: 'Lâm Đồng', validFrom: '0001-01-01', validTo: '2025-07-01' };
const NEW_68: UnitVersion = { id: 5, code: '68', level: 'province', name: 'Lâm Đồng', validFrom: '2025-07-01', validTo: '9999-12-31' };

describe('unit scope versions', () => {
  it('parses CODE and CODE@DATE, refusing a bad date and naming the field', () => {
    expect(parseScopeSpec(' 68 ')).toEqual({ code: '68', at: null });
    expect(parseScopeSpec('68@2024-06-30')).toEqual({ code: '68', at: '2024-06-30' });
    expect(() => parseScopeSpec('68@2025-02-30')).toThrow(/--unit/);
  });

  it('picks the version in force, else the latest begun, else the earliest', () => {
    expect(pickVersion([NEW_68, OLD_68], '2024-06-30')?.id).toBe(3);
    expect(pickVersion([OLD_68, NEW_68], '2025-07-01')?.id).toBe(5);
    expect(pickVersion([OLD_68], '2026-01-01')?.id).toBe(3);
    expect(pickVersion([NEW_68], '2020-01-01')?.id).toBe(5);
    expect(pickVersion([], '2020-01-01')).toBeNull();
  });

  it('prints the last day in force and open ends', () => {
    expect(validityText(OLD_68)).toBe('…–2025-06-30');
    expect(describeVersion(NEW_68)).toBe('68 (Lâm Đồng, 2025-07-01–…)');
    expect(versionEnded(OLD_68, '2025-07-01')).toBe(true);
    expect(versionEnded(OLD_68, '2025-06-30')).toBe(false);
  });

  it('access compares unit ids when both sides have them, so a re-used code grants nothing', () => {
    const reporter: Actor = { kind: 'user', name: 'bc', role: 'reporter', unitScopes: ['68'], unitScopeIds: [3] };
    expect(can(reporter, 'write_values', { unitPath: ['68', 'VN'], unitIdPath: [3, 1] })).toBe(true);
    expect(can(reporter, 'write_values', { unitPath: ['68', 'VN'], unitIdPath: [5, 1] })).toBe(false);
    expect(can(reporter, 'write_values', { unitPath: ['24611', '68', 'VN'], unitIdPath: [9, 5, 1] })).toBe(false);
  });
});
