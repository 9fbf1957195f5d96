/**
 * The API's shape of a unit scope: the unit version it names with open dates as null (validFrom null = since
 * always, validTo exclusive, null = open), or the bare code with nulls when it names none.
 */
import type { UnitVersion } from '../../domain/unit-scopes.ts';
import type { UnitScope } from '../../store/auth/unit-scopes.ts';
import { openToNull } from '../../store/dates.ts';

export function presentVersion(v: UnitVersion) {
  return { code: v.code, name: v.name, level: v.level, validFrom: openToNull(v.validFrom), validTo: openToNull(v.validTo) };
}

export function presentScope(s: UnitScope) {
  return s.version ? presentVersion(s.version) : { code: s.code, name: null, level: null, validFrom: null, validTo: null };
}
