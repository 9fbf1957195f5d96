/**
 * API tokens for source systems (role api_client), scoped to units and optionally to data
 * elements. The token is returned once at creation; only its sha256 is stored.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Actor } from '../../domain/access.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { assertElementCodesExist, cleanCodes } from './codes.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { resolveScopeSpecs, toUnitScopes, type UnitScope } from './unit-scopes.ts';
import { writeAudit, type AuditInput } from '../audit.ts';
import { fieldError, onField } from './field-error.ts';

export const TOKEN_PREFIX = 'dxioc_';
const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export interface NewToken {
  name: string;
  /** 'CODE' (the version in force on the creation day) or 'CODE@YYYY-MM-DD' (the version in force that day). */
  units: readonly string[];
  elements?: readonly string[];
}

export interface TokenInfo {
  name: string;
  /** Scope codes; `scopes` says which unit version each names. */
  units: string[];
  scopes: UnitScope[];
  elements: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** Creates a token and returns it: the only time it can be seen. Errors name the field; `audit` is written in the same transaction. */
export async function createApiToken(db: Kysely<Database>, input: NewToken, now: Date = new Date(), audit?: AuditInput): Promise<string> {
  const name = input.name.trim();
  if (!TOKEN_NAME.test(name)) {
    throw fieldError('name', `Tên token "${input.name}" không hợp lệ: 2–64 ký tự chữ, số, ".", "_", "-" (--name) / invalid token name`);
  }
  const units = cleanCodes(input.units);
  const elements = cleanCodes(input.elements ?? []);
  if (!units.length) throw fieldError('units', 'Token cần ít nhất một đơn vị (--unit MÃ) / a token needs at least one --unit CODE');
  const versions = await onField('units', () => resolveScopeSpecs(db, units, todayIsoDate(now)));
  await onField('elements', () => assertElementCodesExist(db, elements));
  const token = newSecret(TOKEN_PREFIX);
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('apiTokens').select('revokedAt').where('name', '=', name).executeTakeFirst();
    if (existing) {
      const state = existing.revokedAt ? 'đã bị thu hồi; chọn tên khác / was revoked; choose another name' : 'đã có / already exists';
      throw fieldError('name', `Token "${name}" ${state}`, 'conflict');
    }
    const { id } = await trx
      .insertInto('apiTokens')
      .values({ name, tokenHash: hashSecret(token), createdAt: now.toISOString(), revokedAt: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const scopes = [
      ...versions.map((v) => ({ tokenId: id, kind: 'unit', code: v.code, unitId: v.id, resolution: null })),
      ...elements.map((code) => ({ tokenId: id, kind: 'element', code, unitId: null, resolution: null })),
    ];
    await trx.insertInto('apiTokenScopes').values(scopes).execute();
    if (audit) await writeAudit(trx, [{ ...audit, after: { units: versions.map((v) => `${v.code}@${v.validFrom}`), elements } }], now);
  });
  return token;
}

interface TokenScopes {
  units: UnitScope[];
  elements: string[];
}

async function scopesOf(db: Kysely<Database>, tokenIds: number[]): Promise<Map<number, TokenScopes>> {
  const out = new Map<number, TokenScopes>();
  if (!tokenIds.length) return out;
  const rows = await db.selectFrom('apiTokenScopes').selectAll().where('tokenId', 'in', tokenIds).orderBy('code').execute();
  for (const id of tokenIds) {
    const own = rows.filter((r) => r.tokenId === id);
    out.set(id, { units: await toUnitScopes(db, own.filter((r) => r.kind === 'unit')), elements: own.filter((r) => r.kind === 'element').map((r) => r.code) });
  }
  return out;
}

const NO_SCOPES: TokenScopes = { units: [], elements: [] };

/** The actor for a Bearer token, or null when it is unknown or revoked. */
export async function findTokenActor(db: Kysely<Database>, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.selectFrom('apiTokens').select(['id', 'name', 'revokedAt']).where('tokenHash', '=', hashSecret(token)).executeTakeFirst();
  if (!row || row.revokedAt !== null) return null;
  const scopes = (await scopesOf(db, [row.id])).get(row.id) ?? NO_SCOPES;
  return {
    kind: 'token',
    name: row.name,
    role: 'api_client',
    unitScopes: [...new Set(scopes.units.map((s) => s.code))],
    // Matched by unit version; a scope naming none (a migrated unknown code) grants nothing.
    unitScopeIds: scopes.units.flatMap((s) => (s.version ? [s.version.id] : [])),
    elementScopes: scopes.elements,
  };
}

/** Revokes a token at once (kept, marked revoked, for the record); `audit` is written in the same transaction. */
export async function revokeApiToken(db: Kysely<Database>, name: string, now: Date = new Date(), audit?: AuditInput): Promise<void> {
  const row = await db.selectFrom('apiTokens').select(['id', 'revokedAt']).where('name', '=', name.trim()).executeTakeFirst();
  if (!row) throw fieldError('name', `Không có token "${name}" / no token "${name}"`, 'not_found');
  if (row.revokedAt) throw fieldError('name', `Token "${name}" đã bị thu hồi lúc ${row.revokedAt} / already revoked`, 'conflict');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('apiTokens').set({ revokedAt: now.toISOString() }).where('id', '=', row.id).execute();
    if (audit) await writeAudit(trx, [{ ...audit, after: { revokedAt: now.toISOString() } }], now);
  });
}

/** Every token by name with its scopes; never the token itself. */
export async function listApiTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  const rows = await db.selectFrom('apiTokens').select(['id', 'name', 'createdAt', 'revokedAt']).orderBy('name').execute();
  const scopes = await scopesOf(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const own = scopes.get(r.id) ?? NO_SCOPES;
    return { name: r.name, units: [...new Set(own.units.map((s) => s.code))], scopes: own.units, elements: own.elements, createdAt: r.createdAt, revokedAt: r.revokedAt };
  });
}
