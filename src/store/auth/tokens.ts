/**
 * The API tokens repository: tokens for source systems (role api_client), scoped to units and optionally to
 * data elements. Only a token's sha256 is stored (the token is shown once, by app/auth/tokens.ts). Reads, the
 * Bearer look-up, and the row writes the use cases compose in their transaction; no rules, no audit here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Actor } from '../../domain/access.ts';
import type { UnitVersion } from '../../domain/unit-scopes.ts';
import { hashSecret } from './secrets.ts';
import { toUnitScopes, type UnitScope } from './unit-scopes.ts';

export const TOKEN_PREFIX = 'dxioc_';

export interface TokenInfo {
  name: string;
  /** Scope codes; `scopes` says which unit version each names. */
  units: string[];
  scopes: UnitScope[];
  elements: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** A token row as a change reads it. */
export interface TokenRow {
  id: number;
  name: string;
  revokedAt: string | null;
}

/** The token with this name, revoked or not, or null. */
export async function findTokenRow(db: Kysely<Database>, name: string): Promise<TokenRow | null> {
  return (await db.selectFrom('apiTokens').select(['id', 'name', 'revokedAt']).where('name', '=', name.trim()).executeTakeFirst()) ?? null;
}

/** Inserts a token (stored as the hash of `secret`) with its unit and element scopes; returns its id. */
export async function insertApiToken(
  db: Kysely<Database>,
  token: { name: string; secret: string },
  versions: readonly UnitVersion[],
  elements: readonly string[],
  now: Date,
): Promise<number> {
  const { id } = await db
    .insertInto('apiTokens')
    .values({ name: token.name, tokenHash: hashSecret(token.secret), createdAt: now.toISOString(), revokedAt: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scopes = [
    ...versions.map((v) => ({ tokenId: id, kind: 'unit', code: v.code, unitId: v.id, resolution: null })),
    ...elements.map((code) => ({ tokenId: id, kind: 'element', code, unitId: null, resolution: null })),
  ];
  await db.insertInto('apiTokenScopes').values(scopes).execute();
  return id;
}

/** Marks the token revoked (kept, for the record). */
export async function markTokenRevoked(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db.updateTable('apiTokens').set({ revokedAt: now.toISOString() }).where('id', '=', id).execute();
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
    out.set(id, {
      units: await toUnitScopes(
        db,
        own.filter((r) => r.kind === 'unit'),
      ),
      elements: own.filter((r) => r.kind === 'element').map((r) => r.code),
    });
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

function tokenInfo(r: { name: string; createdAt: string; revokedAt: string | null }, own: TokenScopes): TokenInfo {
  return {
    name: r.name,
    units: [...new Set(own.units.map((s) => s.code))],
    scopes: own.units,
    elements: own.elements,
    createdAt: r.createdAt,
    revokedAt: r.revokedAt,
  };
}

/** Every token by name with its scopes; never the token itself. */
export async function listApiTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  const rows = await db.selectFrom('apiTokens').select(['id', 'name', 'createdAt', 'revokedAt']).orderBy('name').execute();
  const scopes = await scopesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => tokenInfo(r, scopes.get(r.id) ?? NO_SCOPES));
}

/** One token as listApiTokens gives it, or null. */
export async function findApiToken(db: Kysely<Database>, name: string): Promise<TokenInfo | null> {
  const row = await db.selectFrom('apiTokens').select(['id', 'name', 'createdAt', 'revokedAt']).where('name', '=', name.trim()).executeTakeFirst();
  if (!row) return null;
  return tokenInfo(row, (await scopesOf(db, [row.id])).get(row.id) ?? NO_SCOPES);
}
