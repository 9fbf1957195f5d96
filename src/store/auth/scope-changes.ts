/**
 * Changing the unit scopes of an existing user or API token (and a token's element scopes), so that after
 * the 2025 reform an admin re-grants what `scopes review` lists without recreating the account.
 *
 * Unlike creation (resolveScopeSpecs), an added scope must name a version IN FORCE on its date: a code whose
 * unit has ended would otherwise silently grant the old unit again, which is the mistake being corrected.
 * Each change runs in one transaction; nothing is cached elsewhere (sessions and tokens read their scopes on
 * every request, store/auth/sessions.ts findSession and store/auth/tokens.ts findTokenActor), so the next
 * request sees it. The combined changes (HTTP admin API) write an audit event in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { describeVersion, parseScopeSpec, pickVersion, type UnitVersion } from '../../domain/unit-scopes.ts';
import { assertElementCodesExist, cleanCodes } from './codes.ts';
import { normaliseUsername } from './users.ts';
import { toUnitScopes, versionsById, type UnitScope } from './unit-scopes.ts';
import { writeAudit, type AuditInput } from '../audit.ts';
import { fieldError, onField } from './field-error.ts';

/** The field name used in messages for the positional scope arguments. */
const FIELD = 'UNIT';

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

/** A stored unit scope row (user_units or api_token_scopes). */
interface HeldScope {
  code: string;
  unitId: number | null;
}

async function versionsOfCode(db: Kysely<Database>, code: string): Promise<UnitVersion[]> {
  return db.selectFrom('units').select(['id', 'code', 'level', 'name', 'validFrom', 'validTo']).where('code', '=', code).execute();
}

const inForceOn = (at: string) => (v: UnitVersion) => v.validFrom <= at && at < v.validTo;

/** The version of 'CODE[@DATE]' in force on DATE (default `today`); throws naming the argument otherwise. */
async function versionInForce(db: Kysely<Database>, arg: string, today: string): Promise<UnitVersion> {
  const spec = parseScopeSpec(arg, FIELD);
  const at = spec.at ?? today;
  const versions = await versionsOfCode(db, spec.code);
  if (!versions.length) throw new Error(`Không có đơn vị mã "${spec.code}" (${FIELD} "${arg}") / unknown unit code in ${FIELD} "${arg}"`);
  const chosen = pickVersion(versions.filter(inForceOn(at)), at);
  if (!chosen) {
    const known = versions.map(describeVersion).join('; ');
    throw new Error(
      `Mã "${spec.code}" không có phiên bản nào có hiệu lực ngày ${at} (${FIELD} "${arg}"; có: ${known}); chọn ngày bằng MÃ@YYYY-MM-DD / ` +
        `code "${spec.code}" has no unit version in force on ${at} (${FIELD} "${arg}"); pick a date with CODE@YYYY-MM-DD`,
    );
  }
  return chosen;
}

/**
 * The held scope an argument to remove means: with @DATE, the version in force that day; a bare code, the
 * holder's only scope with that code (even an ended version, or one naming none), else the one in force today.
 */
async function heldScopeToRemove(db: Kysely<Database>, arg: string, held: readonly HeldScope[], today: string, owner: string): Promise<HeldScope> {
  const spec = parseScopeSpec(arg, FIELD);
  const notHeld = (): Error =>
    new Error(`${owner} không có phạm vi ${FIELD} "${arg}" / ${owner} has no scope ${FIELD} "${arg}"`);
  const sameCode = held.filter((h) => h.code === spec.code);
  if (spec.at === null && sameCode.length === 1) return sameCode[0]!;
  if (!sameCode.length) {
    // Not held at all: say so (or that the code is unknown) rather than what the code means on a date.
    if (!(await versionsOfCode(db, spec.code)).length) throw new Error(`Không có đơn vị mã "${spec.code}" (${FIELD} "${arg}") / unknown unit code in ${FIELD} "${arg}"`);
    throw notHeld();
  }
  const version = await versionInForce(db, arg, today);
  const match = sameCode.find((h) => h.unitId !== null && Number(h.unitId) === version.id);
  if (!match) throw notHeld();
  return match;
}

function checkArgs(args: readonly string[]): string[] {
  const cleaned = cleanCodes(args);
  if (!cleaned.length) throw new Error(`Cần ít nhất một đơn vị (${FIELD}: MÃ hoặc MÃ@YYYY-MM-DD) / at least one ${FIELD} (CODE or CODE@YYYY-MM-DD) is needed`);
  return cleaned;
}

async function userOrThrow(db: Kysely<Database>, username: string): Promise<UserRow> {
  const row = await db.selectFrom('users').select(['id', 'username', 'role']).where('username', '=', normaliseUsername(username)).executeTakeFirst();
  if (!row) throw new Error(`Không có người dùng "${username}" (USERNAME) / no user "${username}"`);
  return row;
}

async function heldByUser(db: Kysely<Database>, userId: number): Promise<HeldScope[]> {
  const rows = await db.selectFrom('userUnits').select(['unitCode as code', 'unitId']).where('userId', '=', userId).execute();
  return rows.map((r) => ({ code: r.code, unitId: r.unitId === null ? null : Number(r.unitId) }));
}

async function userScopes(db: Kysely<Database>, userId: number): Promise<UnitScope[]> {
  return toUnitScopes(db, await db.selectFrom('userUnits').select(['unitCode as code', 'unitId', 'resolution']).where('userId', '=', userId).execute());
}

type UserRow = { id: number; username: string; role: string };

/** Grants the versions `specs` name to the user inside `trx`; already held ones are skipped. */
async function grantToUser(trx: Kysely<Database>, user: UserRow, specs: readonly string[], today: string): Promise<{ changed: UnitVersion[]; unchanged: string[] }> {
  const heldIds = new Set((await heldByUser(trx, user.id)).flatMap((h) => (h.unitId === null ? [] : [h.unitId])));
  const changed: UnitVersion[] = [];
  const unchanged: string[] = [];
  for (const arg of specs) {
    const version = await versionInForce(trx, arg, today);
    if (heldIds.has(version.id)) {
      unchanged.push(arg);
      continue;
    }
    heldIds.add(version.id);
    changed.push(version);
  }
  if (changed.length) await trx.insertInto('userUnits').values(changed.map((v) => ({ userId: user.id, unitCode: v.code, unitId: v.id, resolution: null }))).execute();
  return { changed, unchanged };
}

/** Takes the scopes `specs` name from the user inside `trx`; approvers and reporters keep at least one. */
async function revokeFromUser(trx: Kysely<Database>, user: UserRow, specs: readonly string[], today: string): Promise<UnitVersion[]> {
  const held = await heldByUser(trx, user.id);
  const toRemove = new Set<HeldScope>();
  for (const arg of specs) toRemove.add(await heldScopeToRemove(trx, arg, held, today, `Người dùng "${user.username}" / user "${user.username}"`));
  if ((user.role === 'approver' || user.role === 'reporter') && toRemove.size >= held.length) {
    throw new Error(`Vai trò ${user.role} cần ít nhất một đơn vị: không bỏ hết phạm vi của "${user.username}" / role ${user.role} needs at least one unit scope`);
  }
  for (const h of toRemove) {
    await trx
      .deleteFrom('userUnits')
      .where('userId', '=', user.id)
      .where('unitCode', '=', h.code)
      .where((eb) => (h.unitId === null ? eb('unitId', 'is', null) : eb('unitId', '=', h.unitId)))
      .execute();
  }
  return removedVersions(trx, toRemove);
}

/** Grants unit versions to a user ('CODE' in force today, 'CODE@DATE' in force then); already held ones are skipped. */
export async function addUserScopes(db: Kysely<Database>, username: string, args: readonly string[], now: Date = new Date()): Promise<ScopeChangeResult> {
  const specs = checkArgs(args);
  return db.transaction().execute(async (trx) => {
    const user = await userOrThrow(trx, username);
    const { changed, unchanged } = await grantToUser(trx, user, specs, todayIsoDate(now));
    if (changed.length) await trx.updateTable('users').set({ updatedAt: now.toISOString() }).where('id', '=', user.id).execute();
    return { changed, unchanged, scopes: await userScopes(trx, user.id) };
  });
}

/** Takes scopes away from a user; each argument must name a scope the user has. Approvers and reporters keep at least one. */
export async function removeUserScopes(db: Kysely<Database>, username: string, args: readonly string[], now: Date = new Date()): Promise<ScopeChangeResult> {
  const specs = checkArgs(args);
  return db.transaction().execute(async (trx) => {
    const user = await userOrThrow(trx, username);
    const changed = await revokeFromUser(trx, user, specs, todayIsoDate(now));
    await trx.updateTable('users').set({ updatedAt: now.toISOString() }).where('id', '=', user.id).execute();
    return { changed, unchanged: [], scopes: await userScopes(trx, user.id) };
  });
}

/** What one combined change did (HTTP `POST /users/{name}/scopes`), and the scopes held afterwards. */
export interface CombinedScopeChange {
  added: UnitVersion[];
  removed: UnitVersion[];
  /** `add` arguments already held (skipped). */
  unchanged: string[];
  scopes: UnitScope[];
}

/**
 * Adds then removes user scopes in ONE transaction (so moving a scope from the old 68 to the new one never
 * leaves a reporter without a unit half-way); the same rules as `user scope add|remove`. Errors name the
 * field (`add`, `remove`, `username`); `audit` is written in the same transaction with the scopes afterwards.
 */
export async function changeUserScopes(
  db: Kysely<Database>,
  username: string,
  change: { add?: readonly string[]; remove?: readonly string[] },
  now: Date = new Date(),
  audit?: AuditInput,
): Promise<CombinedScopeChange> {
  const add = cleanCodes(change.add ?? []);
  const remove = cleanCodes(change.remove ?? []);
  if (!add.length && !remove.length) throw fieldError('add', 'Cần ít nhất một đơn vị trong add hoặc remove / at least one unit in add or remove is needed');
  const today = todayIsoDate(now);
  return db.transaction().execute(async (trx) => {
    const user = await userOrThrow(trx, username).catch((e: unknown) => {
      throw e instanceof Error ? fieldError('username', e.message, 'not_found') : e;
    });
    const { changed: added, unchanged } = add.length ? await onField('add', () => grantToUser(trx, user, add, today)) : { changed: [], unchanged: [] };
    const removed = remove.length ? await onField('remove', () => revokeFromUser(trx, user, remove, today)) : [];
    await trx.updateTable('users').set({ updatedAt: now.toISOString() }).where('id', '=', user.id).execute();
    const scopes = await userScopes(trx, user.id);
    if (audit) {
      const after = { added: added.map(describeVersion), removed: removed.map(describeVersion), scopes: scopes.map((s) => (s.version ? describeVersion(s.version) : s.code)) };
      await writeAudit(trx, [{ ...audit, after }], now);
    }
    return { added, removed, unchanged, scopes };
  });
}

async function removedVersions(db: Kysely<Database>, removed: ReadonlySet<HeldScope>): Promise<UnitVersion[]> {
  const ids = [...removed].flatMap((h) => (h.unitId === null ? [] : [h.unitId]));
  return [...(await versionsById(db, ids)).values()];
}

export interface TokenScopeArgs {
  units?: readonly string[];
  elements?: readonly string[];
}

async function liveTokenOrThrow(db: Kysely<Database>, name: string): Promise<{ id: number; name: string }> {
  const row = await db.selectFrom('apiTokens').select(['id', 'name', 'revokedAt']).where('name', '=', name.trim()).executeTakeFirst();
  if (!row) throw new Error(`Không có token "${name}" (TOKEN) / no token "${name}"`);
  if (row.revokedAt) throw new Error(`Token "${name}" đã bị thu hồi lúc ${row.revokedAt}; không đổi phạm vi / token was revoked; its scopes are not changed`);
  return row;
}

async function tokenRows(db: Kysely<Database>, tokenId: number) {
  return db.selectFrom('apiTokenScopes').select(['kind', 'code', 'unitId', 'resolution']).where('tokenId', '=', tokenId).orderBy('code').execute();
}

async function tokenState(db: Kysely<Database>, tokenId: number): Promise<{ scopes: UnitScope[]; elements: string[] }> {
  const rows = await tokenRows(db, tokenId);
  return { scopes: await toUnitScopes(db, rows.filter((r) => r.kind === 'unit')), elements: rows.filter((r) => r.kind === 'element').map((r) => r.code) };
}

function checkTokenArgs(input: TokenScopeArgs): { units: string[]; elements: string[] } {
  const units = cleanCodes(input.units ?? []);
  const elements = cleanCodes(input.elements ?? []);
  if (!units.length && !elements.length) {
    throw new Error(`Cần ít nhất một đơn vị (${FIELD}) hoặc --element / at least one ${FIELD} or --element is needed`);
  }
  return { units, elements };
}

type TokenRow = { id: number; name: string };

/** Grants unit versions and elements to the token inside `trx`; returns what changed and what was already held. */
async function grantToToken(trx: Kysely<Database>, token: TokenRow, units: readonly string[], elements: string[], today: string) {
  const rows = await tokenRows(trx, token.id);
  const heldIds = new Set(rows.flatMap((r) => (r.kind === 'unit' && r.unitId !== null ? [Number(r.unitId)] : [])));
  const heldElements = new Set(rows.filter((r) => r.kind === 'element').map((r) => r.code));
  const changed: UnitVersion[] = [];
  const unchanged: string[] = [];
  for (const arg of units) {
    const version = await versionInForce(trx, arg, today);
    if (heldIds.has(version.id)) unchanged.push(arg);
    else {
      heldIds.add(version.id);
      changed.push(version);
    }
  }
  await assertElementCodesExist(trx, elements);
  const elementsChanged = elements.filter((e) => !heldElements.has(e));
  const newRows = [
    ...changed.map((v) => ({ tokenId: token.id, kind: 'unit', code: v.code, unitId: v.id, resolution: null })),
    ...elementsChanged.map((code) => ({ tokenId: token.id, kind: 'element', code, unitId: null, resolution: null })),
  ];
  if (newRows.length) await trx.insertInto('apiTokenScopes').values(newRows).execute();
  return { changed, unchanged, elementsChanged, elementsUnchanged: elements.filter((e) => heldElements.has(e)) };
}

/** Takes unit and element scopes from the token inside `trx`; it keeps one unit, and one element if it had any. */
async function revokeFromToken(trx: Kysely<Database>, token: TokenRow, units: readonly string[], elements: string[], today: string): Promise<UnitVersion[]> {
  const rows = await tokenRows(trx, token.id);
  const held: HeldScope[] = rows.filter((r) => r.kind === 'unit').map((r) => ({ code: r.code, unitId: r.unitId === null ? null : Number(r.unitId) }));
  const heldElements = rows.filter((r) => r.kind === 'element').map((r) => r.code);
  const owner = `Token "${token.name}"`;
  const toRemove = new Set<HeldScope>();
  for (const arg of units) toRemove.add(await heldScopeToRemove(trx, arg, held, today, owner));
  for (const e of elements) {
    if (!heldElements.includes(e)) throw new Error(`${owner} không có phạm vi --element "${e}" / token has no scope --element "${e}"`);
  }
  if (toRemove.size && toRemove.size >= held.length) {
    throw new Error(`${owner} cần ít nhất một đơn vị: không bỏ hết phạm vi đơn vị / a token needs at least one unit scope`);
  }
  if (elements.length && elements.length >= heldElements.length) {
    throw new Error(
      `${owner}: bỏ hết --element sẽ mở quyền cho mọi phần tử dữ liệu; giữ ít nhất một / removing every --element would widen the token to all data elements; keep at least one`,
    );
  }
  for (const h of toRemove) {
    await trx
      .deleteFrom('apiTokenScopes')
      .where('tokenId', '=', token.id)
      .where('kind', '=', 'unit')
      .where('code', '=', h.code)
      .where((eb) => (h.unitId === null ? eb('unitId', 'is', null) : eb('unitId', '=', h.unitId)))
      .execute();
  }
  if (elements.length) await trx.deleteFrom('apiTokenScopes').where('tokenId', '=', token.id).where('kind', '=', 'element').where('code', 'in', elements).execute();
  return removedVersions(trx, toRemove);
}

/**
 * Grants unit versions and data elements to a live token; already held ones are skipped. Adding an element
 * to a token without element scopes (every element) narrows it to the elements listed.
 */
export async function addTokenScopes(db: Kysely<Database>, name: string, input: TokenScopeArgs, now: Date = new Date()): Promise<TokenScopeChangeResult> {
  const { units, elements } = checkTokenArgs(input);
  return db.transaction().execute(async (trx) => {
    const token = await liveTokenOrThrow(trx, name);
    const done = await grantToToken(trx, token, units, elements, todayIsoDate(now));
    return { ...done, ...(await tokenState(trx, token.id)) };
  });
}

/**
 * Takes unit and element scopes away from a live token; each must be held. A token keeps at least one unit
 * scope, and at least one element scope if it has any: removing the last would widen it to every element.
 */
export async function removeTokenScopes(db: Kysely<Database>, name: string, input: TokenScopeArgs, now: Date = new Date()): Promise<TokenScopeChangeResult> {
  const { units, elements } = checkTokenArgs(input);
  return db.transaction().execute(async (trx) => {
    const token = await liveTokenOrThrow(trx, name);
    const changed = await revokeFromToken(trx, token, units, elements, todayIsoDate(now));
    return { changed, unchanged: [], elementsChanged: elements, elementsUnchanged: [], ...(await tokenState(trx, token.id)) };
  });
}

export interface TokenScopeChange {
  add?: readonly string[];
  remove?: readonly string[];
  addElements?: readonly string[];
  removeElements?: readonly string[];
}

/**
 * Adds (units, then elements) and removes (units, then elements) a live token's scopes in ONE transaction,
 * with the rules of `token scope add|remove`. Errors name the field (`name`, `add`, `remove`, `addElements`,
 * `removeElements`); `audit` is written in the same transaction.
 */
export async function changeTokenScopes(
  db: Kysely<Database>,
  name: string,
  change: TokenScopeChange,
  now: Date = new Date(),
  audit?: AuditInput,
): Promise<CombinedScopeChange & { elementsAdded: string[]; elementsRemoved: string[]; elements: string[] }> {
  const add = cleanCodes(change.add ?? []);
  const remove = cleanCodes(change.remove ?? []);
  const addElements = cleanCodes(change.addElements ?? []);
  const removeElements = cleanCodes(change.removeElements ?? []);
  if (!add.length && !remove.length && !addElements.length && !removeElements.length) {
    throw fieldError('add', 'Cần ít nhất một thay đổi (add, remove, addElements, removeElements) / at least one change is needed');
  }
  const today = todayIsoDate(now);
  return db.transaction().execute(async (trx) => {
    const token = await liveTokenOrThrow(trx, name).catch((e: unknown) => {
      throw e instanceof Error ? fieldError('name', e.message, /thu hồi/.test(e.message) ? 'conflict' : 'not_found') : e;
    });
    const units = add.length ? await onField('add', () => grantToToken(trx, token, add, [], today)) : { changed: [], unchanged: [] };
    const els = addElements.length ? await onField('addElements', () => grantToToken(trx, token, [], addElements, today)) : { elementsChanged: [] };
    const removed = remove.length ? await onField('remove', () => revokeFromToken(trx, token, remove, [], today)) : [];
    if (removeElements.length) await onField('removeElements', () => revokeFromToken(trx, token, [], removeElements, today));
    const state = await tokenState(trx, token.id);
    const result = { added: units.changed, removed, unchanged: units.unchanged, elementsAdded: els.elementsChanged, elementsRemoved: removeElements, ...state };
    if (audit) {
      const after = { added: result.added.map(describeVersion), removed: removed.map(describeVersion), elementsAdded: result.elementsAdded, elementsRemoved: removeElements, elements: state.elements };
      await writeAudit(trx, [{ ...audit, after }], now);
    }
    return result;
  });
}
