/**
 * API tokens as use cases, for the admin API (`/tokens`) and `dx-ioc token`: create (the secret is returned
 * once; only its sha256 is stored), revoke (kept, marked revoked, for the record) and list. Admins only (the
 * CLI acts as CLI_ACTOR). Each change runs in one transaction with its audit event (entity `api_token`); the
 * scope resolution is done before it.
 */
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { AppError } from '../../domain/errors.ts';
import { writeAudit } from '../../store/audit.ts';
import { assertElementCodesExist, cleanCodes } from '../../store/auth/codes.ts';
import { newSecret } from '../../store/auth/secrets.ts';
import {
  findApiToken,
  findTokenRow,
  insertApiToken,
  listApiTokens as readTokens,
  markTokenRevoked,
  TOKEN_PREFIX,
  type TokenInfo,
} from '../../store/auth/tokens.ts';
import { resolveScopeSpecs } from '../../store/auth/unit-scopes.ts';
import type { Store } from '../../store/db.ts';
import { inTransaction } from '../../store/transaction.ts';
import { auditEvent, authorizeAdmin, type AdminContext } from './admin-context.ts';
import { fieldError, onField } from './field-error.ts';

export type { TokenInfo } from '../../store/auth/tokens.ts';

const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export interface NewToken {
  name: string;
  /** 'CODE' (the version in force on the creation day) or 'CODE@YYYY-MM-DD' (the version in force that day). */
  units: readonly string[];
  elements?: readonly string[];
}

/** The HTTP API's 404 for a token named in the path. */
function noSuchToken(name: string): AppError {
  return new AppError('NOT_FOUND', `Không có token "${name}" / no token "${name}"`, [{ field: 'name', message: 'không có / unknown' }]);
}

/** The token as the API lists it, read after a change (404 when there is none). */
export async function tokenAsListed(store: Store, name: string): Promise<TokenInfo> {
  const token = await findApiToken(store.db, name);
  if (!token) throw noSuchToken(name);
  return token;
}

/** Every token by name with its scopes; never the token itself. */
export async function listApiTokens(store: Store, actor: Actor): Promise<TokenInfo[]> {
  authorizeAdmin(actor, 'tokens');
  return readTokens(store.db);
}

/** Creates a token and returns its secret (the only time it can be seen) with the token as listed. Errors name the field. */
export async function createApiToken(store: Store, ctx: AdminContext, input: NewToken): Promise<{ secret: string; token: TokenInfo }> {
  authorizeAdmin(ctx.actor, 'tokens');
  const now = ctx.now ?? new Date();
  const name = input.name.trim();
  if (!TOKEN_NAME.test(name)) {
    throw fieldError('name', `Tên token "${input.name}" không hợp lệ: 2–64 ký tự chữ, số, ".", "_", "-" (--name) / invalid token name`);
  }
  const units = cleanCodes(input.units);
  const elements = cleanCodes(input.elements ?? []);
  if (!units.length) throw fieldError('units', 'Token cần ít nhất một đơn vị (--unit MÃ) / a token needs at least one --unit CODE');
  const versions = await onField('units', () => resolveScopeSpecs(store.db, units, todayIsoDate(now)));
  await onField('elements', () => assertElementCodesExist(store.db, elements));
  const secret = newSecret(TOKEN_PREFIX);
  await inTransaction(store.db, async (trx) => {
    const existing = await findTokenRow(trx, name);
    if (existing) {
      const state = existing.revokedAt ? 'đã bị thu hồi; chọn tên khác / was revoked; choose another name' : 'đã có / already exists';
      throw fieldError('name', `Token "${name}" ${state}`, 'conflict');
    }
    await insertApiToken(trx, { name, secret }, versions, elements, now);
    await writeAudit(
      trx,
      [{ ...auditEvent(ctx, 'api_token', name, 'create'), after: { units: versions.map((v) => `${v.code}@${v.validFrom}`), elements } }],
      now,
    );
  });
  return { secret, token: await tokenAsListed(store, name) };
}

/** Revokes a token at once; an unknown token is 404, one already revoked 409. Returns the token as listed. */
export async function revokeApiToken(store: Store, ctx: AdminContext, name: string): Promise<TokenInfo> {
  authorizeAdmin(ctx.actor, 'tokens');
  const now = ctx.now ?? new Date();
  const row = await findTokenRow(store.db, name);
  if (!row) throw fieldError('name', `Không có token "${name}" / no token "${name}"`, 'not_found');
  if (row.revokedAt) throw fieldError('name', `Token "${name}" đã bị thu hồi lúc ${row.revokedAt} / already revoked`, 'conflict');
  await inTransaction(store.db, async (trx) => {
    await markTokenRevoked(trx, row.id, now);
    await writeAudit(trx, [{ ...auditEvent(ctx, 'api_token', row.name, 'revoke'), after: { revokedAt: now.toISOString() } }], now);
  });
  return tokenAsListed(store, row.name);
}
