/**
 * The rules of a scope change, applied inside the caller's transaction (app/auth/scopes.ts): what an argument
 * 'CODE' or 'CODE@YYYY-MM-DD' means, and granting or taking scopes of a user or a token.
 *
 * Unlike creation (resolveScopeSpecs), an added scope must name a version IN FORCE on its date: a code whose
 * unit has ended would otherwise silently grant the old unit again, which is the mistake being corrected.
 * A removed one must be held. Approvers and reporters keep a unit scope; a token keeps one unit, and one data
 * element if it had any (removing the last would widen it to every element). Refusals are plain errors
 * naming the argument (the combined changes turn them into field errors).
 */
import type { Kysely } from 'kysely';
import { describeVersion, parseScopeSpec, pickVersion, type UnitVersion } from '../../domain/unit-scopes.ts';
import { assertElementCodesExist } from '../../store/auth/codes.ts';
import {
  deleteTokenElements,
  deleteTokenUnitScope,
  deleteUserScope,
  heldByUser,
  insertTokenScopes,
  insertUserScopes,
  tokenScopeRows,
  versionsOfCode,
  type HeldScope,
} from '../../store/auth/scope-rows.ts';
import { versionsById } from '../../store/auth/unit-scopes.ts';
import type { Database } from '../../store/schema.ts';

/** The field name used in messages for the positional scope arguments. */
export const FIELD = 'UNIT';

type Db = Kysely<Database>;
export type ScopedUser = { id: number; username: string; role: string };
export type ScopedToken = { id: number; name: string };

const inForceOn = (at: string) => (v: UnitVersion) => v.validFrom <= at && at < v.validTo;

const unknownCode = (code: string, arg: string): Error =>
  new Error(`Không có đơn vị mã "${code}" (${FIELD} "${arg}") / unknown unit code in ${FIELD} "${arg}"`);

/** The version of 'CODE[@DATE]' in force on DATE (default `today`); throws naming the argument otherwise. */
async function versionInForce(db: Db, arg: string, today: string): Promise<UnitVersion> {
  const spec = parseScopeSpec(arg, FIELD);
  const at = spec.at ?? today;
  const versions = await versionsOfCode(db, spec.code);
  if (!versions.length) throw unknownCode(spec.code, arg);
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
async function heldScopeToRemove(db: Db, arg: string, held: readonly HeldScope[], today: string, owner: string): Promise<HeldScope> {
  const spec = parseScopeSpec(arg, FIELD);
  const notHeld = (): Error => new Error(`${owner} không có phạm vi ${FIELD} "${arg}" / ${owner} has no scope ${FIELD} "${arg}"`);
  const sameCode = held.filter((h) => h.code === spec.code);
  if (spec.at === null && sameCode.length === 1) return sameCode[0]!;
  if (!sameCode.length) {
    // Not held at all: say so (or that the code is unknown) rather than what the code means on a date.
    if (!(await versionsOfCode(db, spec.code)).length) throw unknownCode(spec.code, arg);
    throw notHeld();
  }
  const version = await versionInForce(db, arg, today);
  const match = sameCode.find((h) => h.unitId !== null && Number(h.unitId) === version.id);
  if (!match) throw notHeld();
  return match;
}

async function removedVersions(db: Db, removed: ReadonlySet<HeldScope>): Promise<UnitVersion[]> {
  const ids = [...removed].flatMap((h) => (h.unitId === null ? [] : [h.unitId]));
  return [...(await versionsById(db, ids)).values()];
}

/** Grants the versions `specs` name to the user; already held ones are skipped. */
export async function grantToUser(
  trx: Db,
  user: ScopedUser,
  specs: readonly string[],
  today: string,
): Promise<{ changed: UnitVersion[]; unchanged: string[] }> {
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
  await insertUserScopes(trx, user.id, changed);
  return { changed, unchanged };
}

/** Takes the scopes `specs` name from the user; approvers and reporters keep at least one. */
export async function revokeFromUser(trx: Db, user: ScopedUser, specs: readonly string[], today: string): Promise<UnitVersion[]> {
  const held = await heldByUser(trx, user.id);
  const toRemove = new Set<HeldScope>();
  for (const arg of specs) toRemove.add(await heldScopeToRemove(trx, arg, held, today, `Người dùng "${user.username}" / user "${user.username}"`));
  if ((user.role === 'approver' || user.role === 'reporter') && toRemove.size >= held.length) {
    throw new Error(
      `Vai trò ${user.role} cần ít nhất một đơn vị: không bỏ hết phạm vi của "${user.username}" / role ${user.role} needs at least one unit scope`,
    );
  }
  for (const h of toRemove) await deleteUserScope(trx, user.id, h);
  return removedVersions(trx, toRemove);
}

/** Grants unit versions and elements to the token; returns what changed and what was already held. */
export async function grantToToken(trx: Db, token: ScopedToken, units: readonly string[], elements: string[], today: string) {
  const rows = await tokenScopeRows(trx, token.id);
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
  await insertTokenScopes(trx, token.id, changed, elementsChanged);
  return { changed, unchanged, elementsChanged, elementsUnchanged: elements.filter((e) => heldElements.has(e)) };
}

/** Takes unit and element scopes from the token; it keeps one unit, and one element if it had any. */
export async function revokeFromToken(trx: Db, token: ScopedToken, units: readonly string[], elements: string[], today: string): Promise<UnitVersion[]> {
  const rows = await tokenScopeRows(trx, token.id);
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
  for (const h of toRemove) await deleteTokenUnitScope(trx, token.id, h);
  await deleteTokenElements(trx, token.id, elements);
  return removedVersions(trx, toRemove);
}
