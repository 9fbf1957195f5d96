/**
 * Changing the unit scopes of an existing user or API token (and a token's element scopes), so that after the
 * 2025 reform an admin re-grants what the review lists without recreating the account: `dx-ioc user|token
 * scope add|remove` and the combined changes of the admin API (`POST /users/{name}/scopes`,
 * `POST /tokens/{name}/scopes`: adds then removes in ONE transaction, so moving a scope from the old 68 to the
 * new one never leaves a reporter without a unit half-way), and the review itself. Admins only (the CLI as
 * CLI_ACTOR). Each change runs in one transaction with its audit event (action `scopes`, what changed and the
 * scopes afterwards); the rules are in scope-grants.ts. Nothing is cached elsewhere (sessions and tokens read
 * their scopes on every request), so the next request sees the change.
 */
import { todayIsoDate } from '../../domain/dates.ts';
import { describeVersion, type UnitVersion } from '../../domain/unit-scopes.ts';
import { writeAudit } from '../../store/audit.ts';
import { cleanCodes } from '../../store/auth/codes.ts';
import { tokenScopeState, userScopes } from '../../store/auth/scope-rows.ts';
import { findTokenRow } from '../../store/auth/tokens.ts';
import { scopesToReview, type ScopeToReview, type UnitScope } from '../../store/auth/unit-scopes.ts';
import { findUserRow, updateUserRow } from '../../store/auth/users.ts';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { inTransaction } from '../../store/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import type { Kysely } from 'kysely';
import { auditEvent, authorizeAdmin, type AdminContext } from './admin-context.ts';
import { fieldError, onField } from './field-error.ts';
import { tokenAsListed, type TokenInfo } from './tokens.ts';
import { userAsListed, type UserInfo } from './users.ts';
import { FIELD, grantToToken, grantToUser, revokeFromToken, revokeFromUser, type ScopedToken, type ScopedUser } from './scope-grants.ts';

/** What a change did, and the scopes held afterwards. */
export interface ScopeChangeResult {
  /** Versions added or removed. */
  changed: UnitVersion[];
  /** Arguments that changed nothing (an add of a scope already held). */
  unchanged: string[];
  /** Every unit scope held afterwards. */
  scopes: UnitScope[];
}

export interface TokenScopeChangeResult extends ScopeChangeResult {
  elementsChanged: string[];
  elementsUnchanged: string[];
  /** Element scopes afterwards; empty means every element. */
  elements: string[];
}

/** What one combined change did (HTTP `POST /users/{name}/scopes`), and the scopes held afterwards. */
export interface CombinedScopeChange {
  added: UnitVersion[];
  removed: UnitVersion[];
  /** `add` arguments already held (skipped). */
  unchanged: string[];
  scopes: UnitScope[];
}

export interface TokenScopeArgs {
  units?: readonly string[];
  elements?: readonly string[];
}

export interface TokenScopeChange {
  add?: readonly string[];
  remove?: readonly string[];
  addElements?: readonly string[];
  removeElements?: readonly string[];
}

type Db = Kysely<Database>;

function checkArgs(args: readonly string[]): string[] {
  const cleaned = cleanCodes(args);
  if (!cleaned.length) throw new Error(`Cần ít nhất một đơn vị (${FIELD}: MÃ hoặc MÃ@YYYY-MM-DD) / at least one ${FIELD} (CODE or CODE@YYYY-MM-DD) is needed`);
  return cleaned;
}

function checkTokenArgs(input: TokenScopeArgs): { units: string[]; elements: string[] } {
  const units = cleanCodes(input.units ?? []);
  const elements = cleanCodes(input.elements ?? []);
  if (!units.length && !elements.length) {
    throw new Error(`Cần ít nhất một đơn vị (${FIELD}) hoặc --element / at least one ${FIELD} or --element is needed`);
  }
  return { units, elements };
}

async function userOrThrow(db: Db, username: string): Promise<ScopedUser> {
  const row = await findUserRow(db, username);
  if (!row) throw new Error(`Không có người dùng "${username}" (USERNAME) / no user "${username}"`);
  return row;
}

async function liveTokenOrThrow(db: Db, name: string): Promise<ScopedToken> {
  const row = await findTokenRow(db, name);
  if (!row) throw new Error(`Không có token "${name}" (TOKEN) / no token "${name}"`);
  if (row.revokedAt) throw new Error(`Token "${name}" đã bị thu hồi lúc ${row.revokedAt}; không đổi phạm vi / token was revoked; its scopes are not changed`);
  return row;
}

const scopeText = (s: UnitScope): string => (s.version ? describeVersion(s.version) : s.code);

/** The audit event of a user's scope change: what was added and removed, and the scopes afterwards. */
async function auditUserScopes(
  trx: Db,
  ctx: AdminContext,
  user: ScopedUser,
  added: UnitVersion[],
  removed: UnitVersion[],
  scopes: UnitScope[],
  now: Date,
): Promise<void> {
  const after = { added: added.map(describeVersion), removed: removed.map(describeVersion), scopes: scopes.map(scopeText) };
  await writeAudit(trx, [{ ...auditEvent(ctx, 'user', user.username, 'scopes'), after }], now);
}

/** The audit event of a token's scope change. */
async function auditTokenScopes(
  trx: Db,
  ctx: AdminContext,
  token: ScopedToken,
  change: { added: UnitVersion[]; removed: UnitVersion[]; elementsAdded: string[]; elementsRemoved: string[]; elements: string[] },
  now: Date,
): Promise<void> {
  const after = {
    added: change.added.map(describeVersion),
    removed: change.removed.map(describeVersion),
    elementsAdded: change.elementsAdded,
    elementsRemoved: change.elementsRemoved,
    elements: change.elements,
  };
  await writeAudit(trx, [{ ...auditEvent(ctx, 'api_token', token.name, 'scopes'), after }], now);
}

/** `dx-ioc user scope add`: grants unit versions ('CODE' in force today, 'CODE@DATE' in force then); already held ones are skipped. */
export async function addUserScopes(store: Store, ctx: AdminContext, username: string, args: readonly string[]): Promise<ScopeChangeResult> {
  authorizeAdmin(ctx.actor, 'users');
  const now = ctx.now ?? new Date();
  const specs = checkArgs(args);
  return inTransaction(store.db, async (trx) => {
    const user = await userOrThrow(trx, username);
    const { changed, unchanged } = await grantToUser(trx, user, specs, todayIsoDate(now));
    if (changed.length) await updateUserRow(trx, user.id, {}, now);
    const scopes = await userScopes(trx, user.id);
    await auditUserScopes(trx, ctx, user, changed, [], scopes, now);
    return { changed, unchanged, scopes };
  });
}

/** `dx-ioc user scope remove`: each argument must name a scope the user has. Approvers and reporters keep at least one. */
export async function removeUserScopes(store: Store, ctx: AdminContext, username: string, args: readonly string[]): Promise<ScopeChangeResult> {
  authorizeAdmin(ctx.actor, 'users');
  const now = ctx.now ?? new Date();
  const specs = checkArgs(args);
  return inTransaction(store.db, async (trx) => {
    const user = await userOrThrow(trx, username);
    const changed = await revokeFromUser(trx, user, specs, todayIsoDate(now));
    await updateUserRow(trx, user.id, {}, now);
    const scopes = await userScopes(trx, user.id);
    await auditUserScopes(trx, ctx, user, [], changed, scopes, now);
    return { changed, unchanged: [], scopes };
  });
}

/**
 * Adds then removes user scopes in ONE transaction, with the rules of `user scope add|remove`. Errors name
 * the field (`add`, `remove`, `username`).
 */
export async function changeUserScopes(
  store: Store,
  ctx: AdminContext,
  username: string,
  change: { add?: readonly string[]; remove?: readonly string[] },
): Promise<CombinedScopeChange & { user: UserInfo }> {
  authorizeAdmin(ctx.actor, 'users');
  const now = ctx.now ?? new Date();
  const add = cleanCodes(change.add ?? []);
  const remove = cleanCodes(change.remove ?? []);
  if (!add.length && !remove.length) throw fieldError('add', 'Cần ít nhất một đơn vị trong add hoặc remove / at least one unit in add or remove is needed');
  const today = todayIsoDate(now);
  const done = await inTransaction(store.db, async (trx) => {
    const user = await userOrThrow(trx, username).catch((e: unknown) => {
      throw e instanceof Error ? fieldError('username', e.message, 'not_found') : e;
    });
    const { changed: added, unchanged } = add.length ? await onField('add', () => grantToUser(trx, user, add, today)) : { changed: [], unchanged: [] };
    const removed = remove.length ? await onField('remove', () => revokeFromUser(trx, user, remove, today)) : [];
    await updateUserRow(trx, user.id, {}, now);
    const scopes = await userScopes(trx, user.id);
    await auditUserScopes(trx, ctx, user, added, removed, scopes, now);
    return { added, removed, unchanged, scopes, username: user.username };
  });
  const { username: name, ...result } = done;
  return { ...result, user: await userAsListed(store, name) };
}

/**
 * `dx-ioc token scope add`: grants unit versions and data elements to a live token; already held ones are
 * skipped. Adding an element to a token without element scopes (every element) narrows it to those listed.
 */
export async function addTokenScopes(store: Store, ctx: AdminContext, name: string, input: TokenScopeArgs): Promise<TokenScopeChangeResult> {
  authorizeAdmin(ctx.actor, 'tokens');
  const now = ctx.now ?? new Date();
  const { units, elements } = checkTokenArgs(input);
  return inTransaction(store.db, async (trx) => {
    const token = await liveTokenOrThrow(trx, name);
    const done = await grantToToken(trx, token, units, elements, todayIsoDate(now));
    const state = await tokenScopeState(trx, token.id);
    await auditTokenScopes(
      trx,
      ctx,
      token,
      { added: done.changed, removed: [], elementsAdded: done.elementsChanged, elementsRemoved: [], elements: state.elements },
      now,
    );
    return { ...done, ...state };
  });
}

/**
 * `dx-ioc token scope remove`: takes unit and element scopes away from a live token; each must be held. A token
 * keeps at least one unit scope, and at least one element scope if it has any.
 */
export async function removeTokenScopes(store: Store, ctx: AdminContext, name: string, input: TokenScopeArgs): Promise<TokenScopeChangeResult> {
  authorizeAdmin(ctx.actor, 'tokens');
  const now = ctx.now ?? new Date();
  const { units, elements } = checkTokenArgs(input);
  return inTransaction(store.db, async (trx) => {
    const token = await liveTokenOrThrow(trx, name);
    const changed = await revokeFromToken(trx, token, units, elements, todayIsoDate(now));
    const state = await tokenScopeState(trx, token.id);
    await auditTokenScopes(trx, ctx, token, { added: [], removed: changed, elementsAdded: [], elementsRemoved: elements, elements: state.elements }, now);
    return { changed, unchanged: [], elementsChanged: elements, elementsUnchanged: [], ...state };
  });
}

/**
 * Adds (units, then elements) and removes (units, then elements) a live token's scopes in ONE transaction,
 * with the rules of `token scope add|remove`. Errors name the field (`name`, `add`, `remove`, `addElements`,
 * `removeElements`).
 */
export async function changeTokenScopes(
  store: Store,
  ctx: AdminContext,
  name: string,
  change: TokenScopeChange,
): Promise<CombinedScopeChange & { elementsAdded: string[]; elementsRemoved: string[]; elements: string[]; token: TokenInfo }> {
  authorizeAdmin(ctx.actor, 'tokens');
  const now = ctx.now ?? new Date();
  const add = cleanCodes(change.add ?? []);
  const remove = cleanCodes(change.remove ?? []);
  const addElements = cleanCodes(change.addElements ?? []);
  const removeElements = cleanCodes(change.removeElements ?? []);
  if (!add.length && !remove.length && !addElements.length && !removeElements.length) {
    throw fieldError('add', 'Cần ít nhất một thay đổi (add, remove, addElements, removeElements) / at least one change is needed');
  }
  const today = todayIsoDate(now);
  const done = await inTransaction(store.db, async (trx) => {
    const token = await liveTokenOrThrow(trx, name).catch((e: unknown) => {
      throw e instanceof Error ? fieldError('name', e.message, /thu hồi/.test(e.message) ? 'conflict' : 'not_found') : e;
    });
    const units = add.length ? await onField('add', () => grantToToken(trx, token, add, [], today)) : { changed: [], unchanged: [] };
    const els = addElements.length ? await onField('addElements', () => grantToToken(trx, token, [], addElements, today)) : { elementsChanged: [] };
    const removed = remove.length ? await onField('remove', () => revokeFromToken(trx, token, remove, [], today)) : [];
    if (removeElements.length) await onField('removeElements', () => revokeFromToken(trx, token, [], removeElements, today));
    const state = await tokenScopeState(trx, token.id);
    const result = { added: units.changed, removed, unchanged: units.unchanged, elementsAdded: els.elementsChanged, elementsRemoved: removeElements, ...state };
    await auditTokenScopes(trx, ctx, token, result, now);
    return { ...result, name: token.name };
  });
  const { name: tokenName, ...result } = done;
  return { ...result, token: await tokenAsListed(store, tokenName) };
}

/**
 * Scopes of enabled users and live tokens whose unit version is no longer in force on `at` (default today in
 * Vietnam), or that name none: after the reform these reach only the old unit's periods, so an admin decides
 * whether to grant the new unit too.
 */
export async function reviewScopes(store: Store, actor: Actor, at?: string): Promise<ScopeToReview[]> {
  authorizeAdmin(actor, 'scopes');
  return scopesToReview(store.db, at);
}
