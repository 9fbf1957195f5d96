/**
 * Unit scopes of users and tokens as unit versions (domain/unit-scopes.ts): resolving what an admin typed
 * ('68', '68@2024-06-30') to a units.id, reading the versions back for listing, and the review of scopes
 * whose version has ended (to re-grant on the new tree after the reform).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { parseScopeSpec, pickVersion, versionEnded, type UnitVersion } from '../../domain/unit-scopes.ts';
import { cleanCodes } from './codes.ts';

/** A stored unit scope with the version it names (null when it names none: it grants nothing). */
export interface UnitScope {
  code: string;
  version: UnitVersion | null;
  /** How migration 0008 resolved it, or null. */
  resolution: string | null;
}

async function versionsOfCodes(db: Kysely<Database>, codes: string[]): Promise<Map<string, UnitVersion[]>> {
  const out = new Map<string, UnitVersion[]>();
  if (!codes.length) return out;
  const rows = await db.selectFrom('units').select(['id', 'code', 'level', 'name', 'validFrom', 'validTo']).where('code', 'in', codes).execute();
  for (const r of rows) out.set(r.code, [...(out.get(r.code) ?? []), r]);
  return out;
}

/**
 * Resolves scope specs ('CODE' or 'CODE@YYYY-MM-DD') to unit versions: the version in force on the given date,
 * or on `defaultDate` (today in Vietnam); for a code with no version then, the latest that began before
 * (domain pickVersion). Throws naming every unknown code. De-duplicated by version.
 */
export async function resolveScopeSpecs(
  db: Kysely<Database>,
  specs: readonly string[],
  defaultDate: string = todayIsoDate(),
  field = '--unit',
): Promise<UnitVersion[]> {
  const parsed = cleanCodes(specs).map((s) => parseScopeSpec(s, field));
  const versions = await versionsOfCodes(db, [...new Set(parsed.map((p) => p.code))]);
  const missing = [...new Set(parsed.filter((p) => !versions.has(p.code)).map((p) => p.code))];
  if (missing.length) {
    throw new Error(`Không có đơn vị mã ${missing.map((c) => `"${c}"`).join(', ')} (${field}) / unknown unit code(s) in ${field}: ${missing.join(', ')}`);
  }
  const out = new Map<number, UnitVersion>();
  for (const p of parsed) {
    const chosen = pickVersion(versions.get(p.code) ?? [], p.at ?? defaultDate);
    if (chosen) out.set(chosen.id, chosen);
  }
  return [...out.values()];
}

/** The versions with these ids, by id. */
export async function versionsById(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, UnitVersion>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'code', 'level', 'name', 'validFrom', 'validTo']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Stored scope rows to UnitScopes, ordered by code then version start. */
export async function toUnitScopes(
  db: Kysely<Database>,
  rows: ReadonlyArray<{ code: string; unitId: number | null; resolution: string | null }>,
): Promise<UnitScope[]> {
  const versions = await versionsById(
    db,
    rows.flatMap((r) => (r.unitId === null ? [] : [Number(r.unitId)])),
  );
  return rows
    .map((r) => ({ code: r.code, version: r.unitId === null ? null : (versions.get(Number(r.unitId)) ?? null), resolution: r.resolution }))
    .sort((a, b) => a.code.localeCompare(b.code) || (a.version?.validFrom ?? '').localeCompare(b.version?.validFrom ?? ''));
}

/** One scope that an admin should look at: its version has ended, or it names no version. */
export interface ScopeToReview {
  kind: 'user' | 'token';
  /** Username or token name. */
  owner: string;
  scope: UnitScope;
}

/**
 * Scopes of enabled users and unrevoked tokens whose unit version is no longer in force on `today` (or that
 * name none): after the reform these still reach only the old unit's periods, so an admin decides whether
 * to grant the new unit too.
 */
export async function scopesToReview(db: Kysely<Database>, today: string = todayIsoDate()): Promise<ScopeToReview[]> {
  const users = await db
    .selectFrom('userUnits as uu')
    .innerJoin('users as u', 'u.id', 'uu.userId')
    .select(['u.username as owner', 'uu.unitCode as code', 'uu.unitId', 'uu.resolution'])
    .where('u.disabled', '=', 0)
    .execute();
  const tokens = await db
    .selectFrom('apiTokenScopes as s')
    .innerJoin('apiTokens as t', 't.id', 's.tokenId')
    .select(['t.name as owner', 's.code', 's.unitId', 's.resolution'])
    .where('s.kind', '=', 'unit')
    .where('t.revokedAt', 'is', null)
    .execute();
  const versions = await versionsById(
    db,
    [...users, ...tokens].flatMap((r) => (r.unitId === null ? [] : [Number(r.unitId)])),
  );
  const out: ScopeToReview[] = [];
  for (const [kind, rows] of [
    ['user', users],
    ['token', tokens],
  ] as const) {
    for (const row of rows) {
      const version = row.unitId === null ? null : (versions.get(Number(row.unitId)) ?? null);
      if (!version || versionEnded(version, today)) out.push({ kind, owner: row.owner, scope: { code: row.code, version, resolution: row.resolution } });
    }
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.owner.localeCompare(b.owner) || a.scope.code.localeCompare(b.scope.code));
}
