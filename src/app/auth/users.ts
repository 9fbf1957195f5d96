/**
 * People as use cases, for the admin API (`/users`) and `dx-ioc user`: list, add, change (PATCH: name, role,
 * enabled, password), a new password, disable and enable, and clearing a user's login throttling. Admins
 * only (the CLI acts as CLI_ACTOR); nobody disables or demotes themself. Each change runs in one transaction
 * with its audit event (entity `user`); the scrypt hash and the scope resolution are computed before it.
 * A new password or disabling ends every session of the user and forgets its login devices.
 */
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { hashPassword, passwordProblem } from '../../domain/password.ts';
import { writeAudit } from '../../store/audit.ts';
import { cleanCodes } from '../../store/auth/codes.ts';
import { clearLoginThrottling, type ClearedThrottling } from '../../store/auth/login-attempts.ts';
import { resolveScopeSpecs } from '../../store/auth/unit-scopes.ts';
import {
  endUserSessions,
  findUser,
  findUserForLogin,
  findUserRow,
  holdsUnitScope,
  insertUser,
  listUsers as readUsers,
  updateUserRow,
  userActor,
  type UserInfo,
  type UserRow,
  type UserRowChanges,
} from '../../store/auth/users.ts';
import type { Store } from '../../store/db.ts';
import { inTransaction } from '../../store/transaction.ts';
import { auditEvent, authorizeAdmin, type AdminContext } from './admin-context.ts';
import { fieldError, onField } from './field-error.ts';
import { checkPassword, checkRole, checkUsername, needsUnits } from './user-rules.ts';

export { USER_ROLES, normaliseUsername, type UserInfo, type UserRole } from '../../store/auth/users.ts';

export interface NewUser {
  username: string;
  role: string;
  /** 'CODE' (the version in force on the creation day) or 'CODE@YYYY-MM-DD' (the version in force that day). */
  units?: readonly string[];
  displayName?: string | null;
  password: string;
}

/** What an admin may change on a user (HTTP `PATCH /users/{username}`); absent fields stay as they are. */
export interface UserChanges {
  displayName?: string | null;
  /** Where the daily digest is mailed; null removes it. */
  email?: string | null;
  role?: string;
  disabled?: boolean;
  password?: string;
}

/** The HTTP API's 404 for a user named in the path. */
function noSuchUser(username: string): AppError {
  return new AppError('NOT_FOUND', `Không có người dùng "${username}" / no user "${username}"`, [{ field: 'username', message: 'không có / unknown' }]);
}

async function userOrThrow(store: Store, username: string): Promise<UserRow> {
  const row = await findUserRow(store.db, username);
  if (!row) throw fieldError('username', `Không có người dùng "${username}" / no user "${username}"`, 'not_found');
  return row;
}

/** The user as the API lists it, read after a change (404 when there is none). */
export async function userAsListed(store: Store, username: string): Promise<UserInfo> {
  const user = await findUser(store.db, username);
  if (!user) throw noSuchUser(username);
  return user;
}

export async function listUsers(store: Store, actor: Actor): Promise<UserInfo[]> {
  authorizeAdmin(actor, 'users');
  return readUsers(store.db);
}

/** Creates a user (checks name, role, units, password length; hashes the password). A taken name is 409. */
export async function addUser(store: Store, ctx: AdminContext, input: NewUser): Promise<UserInfo> {
  authorizeAdmin(ctx.actor, 'users');
  const now = ctx.now ?? new Date();
  const username = checkUsername(input.username);
  const role = checkRole(input.role);
  const units = cleanCodes(input.units ?? []);
  if (needsUnits(role) && !units.length) {
    throw fieldError('units', `Vai trò ${role} cần ít nhất một đơn vị (--unit MÃ) / role ${role} needs at least one --unit CODE`);
  }
  checkPassword(input.password);
  const versions = await onField('units', () => resolveScopeSpecs(store.db, units, todayIsoDate(now)));
  const passwordHash = await hashPassword(input.password);
  const displayName = input.displayName?.trim() || null;
  await inTransaction(store.db, async (trx) => {
    if (await findUserRow(trx, username)) throw fieldError('username', `Tên đăng nhập "${username}" đã có / username "${username}" already exists`, 'conflict');
    await insertUser(trx, { username, role, displayName, passwordHash }, versions, now);
    const after = { role, units: versions.map((v) => `${v.code}@${v.validFrom}`), displayName };
    await writeAudit(trx, [{ ...auditEvent(ctx, 'user', username, 'create'), after }], now);
  });
  return userAsListed(store, username);
}

/**
 * Writes `changes` to the user in one transaction with its audit event (action `update`, the role, name and
 * state before and after; a new password only as `passwordChanged`); a new password or disabling ends the
 * user's sessions and forgets its login devices. `check` runs first, inside the transaction.
 */
async function applyChanges(
  store: Store,
  ctx: AdminContext,
  username: string,
  changes: UserRowChanges,
  check?: (trx: Store['db'], before: UserRow) => Promise<void>,
): Promise<{ sessionsEnded: boolean }> {
  const now = ctx.now ?? new Date();
  return inTransaction(store.db, async (trx) => {
    const before = await findUserRow(trx, username);
    if (!before) throw noSuchUser(username);
    if (check) await check(trx, before);
    await updateUserRow(trx, before.id, changes, now);
    const sessionsEnded = changes.disabled === true || changes.passwordHash !== undefined;
    if (sessionsEnded) await endUserSessions(trx, before.id);
    const was = { role: before.role, displayName: before.displayName, disabled: before.disabled };
    const after = {
      role: changes.role ?? before.role,
      displayName: changes.displayName !== undefined ? changes.displayName : before.displayName,
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      disabled: changes.disabled ?? before.disabled,
      ...(changes.passwordHash ? { passwordChanged: true } : {}),
    };
    await writeAudit(trx, [{ ...auditEvent(ctx, 'user', before.username, 'update'), before: was, after }], now);
    return { sessionsEnded };
  });
}

/** SELF_LOCKOUT (409) naming the field: an install must never lose its way in (another admin can do it). */
function selfLockout(field: 'disabled' | 'role', message: string): AppError {
  return new AppError('SELF_LOCKOUT', appError('SELF_LOCKOUT').message, [{ field, message }]);
}

/**
 * Changes a user (HTTP `PATCH /users/{username}`). Nobody disables or demotes themself. Approvers and
 * reporters need a unit scope. Returns the user afterwards and whether its sessions were ended.
 */
export async function updateUser(store: Store, ctx: AdminContext, username: string, changes: UserChanges): Promise<{ user: UserInfo; sessionsEnded: boolean }> {
  authorizeAdmin(ctx.actor, 'users');
  const target = await findUserRow(store.db, username);
  if (!target) throw noSuchUser(username);
  if (ctx.actor.kind === 'user' && ctx.actor.name === target.username) {
    if (changes.disabled === true) throw selfLockout('disabled', 'không tự khóa / not yourself');
    if (changes.role !== undefined && changes.role !== 'admin') throw selfLockout('role', 'không tự hạ quyền / not yourself');
  }
  const role = changes.role === undefined ? undefined : checkRole(changes.role);
  if (changes.password !== undefined) checkPassword(changes.password);
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const row: UserRowChanges = {
    ...(role ? { role } : {}),
    ...(changes.displayName !== undefined ? { displayName: changes.displayName?.trim() || null } : {}),
    ...(changes.email !== undefined ? { email: changes.email?.trim() || null } : {}),
    ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
    ...(passwordHash ? { passwordHash } : {}),
  };
  const { sessionsEnded } = await applyChanges(store, ctx, target.username, row, async (trx, before) => {
    if (role && needsUnits(role) && role !== before.role && !(await holdsUnitScope(trx, before.id))) {
      throw fieldError('role', `Vai trò ${role} cần ít nhất một đơn vị: cấp đơn vị trước / role ${role} needs a unit scope: grant one first`);
    }
  });
  return { user: await userAsListed(store, target.username), sessionsEnded };
}

/** `dx-ioc user passwd`: sets a new password, ends every session of the user and forgets its login devices. */
export async function setPassword(store: Store, ctx: AdminContext, username: string, password: string): Promise<void> {
  authorizeAdmin(ctx.actor, 'users');
  const problem = passwordProblem(password);
  if (problem) throw new Error(`Mật khẩu không dùng được: ${problem}`);
  const user = await userOrThrow(store, username);
  const passwordHash = await hashPassword(password);
  await applyChanges(store, ctx, user.username, { passwordHash });
}

/** `dx-ioc user disable|enable`: disabling ends every session at once and forgets the user's login devices. */
export async function setUserDisabled(store: Store, ctx: AdminContext, username: string, disabled: boolean): Promise<void> {
  authorizeAdmin(ctx.actor, 'users');
  const user = await userOrThrow(store, username);
  await applyChanges(store, ctx, user.username, { disabled });
}

/**
 * `dx-ioc user unlock NAME`: forgets the login attempts recorded for the user, so its delay and the addresses and
 * devices refused for it end at once; says what was cleared (also the audit event's `after`, action `unlock`).
 */
export async function unlockUserLogin(store: Store, ctx: AdminContext, username: string): Promise<ClearedThrottling> {
  authorizeAdmin(ctx.actor, 'users');
  const now = ctx.now ?? new Date();
  const user = await userOrThrow(store, username);
  return inTransaction(store.db, async (trx) => {
    const cleared = await clearLoginThrottling(trx, user.username, now);
    await writeAudit(trx, [{ ...auditEvent(ctx, 'user', user.username, 'unlock'), after: cleared }], now);
    return cleared;
  });
}

/** The actor a user acts as, with their permissions (`dx-ioc import --as USERNAME`); refused for an unknown or disabled user. */
export async function actorOfUser(store: Store, username: string): Promise<Actor> {
  const user = await findUserForLogin(store.db, username);
  if (!user) throw new Error(`Không có người dùng "${username}" / no such user`);
  if (user.disabled) throw new Error(`Người dùng "${username}" đã bị khoá / the user is disabled`);
  return userActor(user);
}
