/** People who sign in: role, unit scopes, scrypt password hash, enabled or not. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { Actor, Role } from '../../domain/access.ts';
import { hashPassword, passwordProblem } from '../../domain/password.ts';
import { cleanCodes } from './codes.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { resolveScopeSpecs, toUnitScopes, type UnitScope } from './unit-scopes.ts';
import { writeAudit, type AuditInput } from '../audit.ts';
import { fieldError, onField } from './field-error.ts';
import { forgetLoginDevices } from './login-devices.ts';
import { clearLoginThrottling, type ClearedThrottling } from './login-attempts.ts';

export const USER_ROLES = ['admin', 'approver', 'reporter', 'viewer'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface NewUser {
  username: string;
  role: string;
  /** 'CODE' (the version in force on the creation day) or 'CODE@YYYY-MM-DD' (the version in force that day). */
  units?: readonly string[];
  displayName?: string | null;
  password: string;
}

export interface UserInfo {
  username: string;
  role: UserRole;
  /** Scope codes (what clients show); `scopes` says which unit version each names. */
  units: string[];
  scopes: UnitScope[];
  displayName: string | null;
  disabled: boolean;
  createdAt: string;
}

/** A user as the login check needs it (with the hash). */
export interface UserForLogin extends UserInfo {
  id: number;
  passwordHash: string;
}

/** Login names are compared lower-case, without surrounding spaces. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

function checkUsername(username: string): string {
  const name = normaliseUsername(username);
  if (!USERNAME.test(name)) {
    throw fieldError(
      'username',
      `Tên đăng nhập "${username}" không hợp lệ: 2–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang / invalid username: 2–64 characters a-z, 0-9, ".", "_", "-"`,
    );
  }
  return name;
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** The access actor for a user row: scopes are matched by unit version (a scope naming none grants nothing). */
export function userActor(user: Pick<UserInfo, 'username' | 'role' | 'scopes'>): Actor {
  return {
    kind: 'user',
    name: user.username,
    role: user.role,
    unitScopes: [...new Set(user.scopes.map((s) => s.code))],
    unitScopeIds: user.scopes.flatMap((s) => (s.version ? [s.version.id] : [])),
  };
}

const needsUnits = (role: string): boolean => role === 'approver' || role === 'reporter';

function checkRole(role: string): UserRole {
  if (!isUserRole(role)) throw fieldError('role', `Vai trò "${role}" không hợp lệ (--role): ${USER_ROLES.join(', ')} / invalid role`);
  return role;
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw fieldError('password', `Mật khẩu không dùng được: ${problem}`);
}

/**
 * Creates a user (checks name, role, units, password length; hashes the password). Throws if the name is taken.
 * Errors are field errors (AppError) naming the field; `audit` is written in the same transaction.
 */
export async function addUser(db: Kysely<Database>, input: NewUser, now: Date = new Date(), audit?: AuditInput): Promise<void> {
  const username = checkUsername(input.username);
  const role = checkRole(input.role);
  const units = cleanCodes(input.units ?? []);
  if (needsUnits(role) && !units.length) {
    throw fieldError('units', `Vai trò ${role} cần ít nhất một đơn vị (--unit MÃ) / role ${role} needs at least one --unit CODE`);
  }
  checkPassword(input.password);
  const versions = await onField('units', () => resolveScopeSpecs(db, units, todayIsoDate(now)));
  const passwordHash = await hashPassword(input.password);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (existing) throw fieldError('username', `Tên đăng nhập "${username}" đã có / username "${username}" already exists`, 'conflict');
    const { id } = await trx
      .insertInto('users')
      .values({ username, role: input.role, displayName: input.displayName?.trim() || null, passwordHash, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (versions.length) await trx.insertInto('userUnits').values(versions.map((v) => ({ userId: id, unitCode: v.code, unitId: v.id, resolution: null }))).execute();
    if (audit) await writeAudit(trx, [{ ...audit, after: { role, units: versions.map((v) => `${v.code}@${v.validFrom}`), displayName: input.displayName?.trim() || null } }], now);
  });
}

/** Each user's scopes (with the unit versions they name), by user id. */
export async function scopesOfUsers(db: Kysely<Database>, userIds: number[]): Promise<Map<number, UnitScope[]>> {
  const out = new Map<number, UnitScope[]>();
  if (!userIds.length) return out;
  const rows = await db.selectFrom('userUnits').select(['userId', 'unitCode as code', 'unitId', 'resolution']).where('userId', 'in', userIds).execute();
  const byUser = new Map<number, typeof rows>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  for (const [id, own] of byUser) out.set(id, await toUnitScopes(db, own));
  return out;
}

const codesOf = (scopes: UnitScope[]): string[] => [...new Set(scopes.map((s) => s.code))];

/** The user with this login name (any case), or null. */
export async function findUserForLogin(db: Kysely<Database>, username: string): Promise<UserForLogin | null> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', normaliseUsername(username)).executeTakeFirst();
  if (!row) return null;
  const scopes = (await scopesOfUsers(db, [row.id])).get(row.id) ?? [];
  return {
    id: row.id,
    username: row.username,
    role: row.role as UserRole,
    units: codesOf(scopes),
    scopes,
    displayName: row.displayName,
    disabled: Number(row.disabled) === 1,
    createdAt: row.createdAt,
    passwordHash: row.passwordHash,
  };
}

/** Every user by name, without password hashes. */
export async function listUsers(db: Kysely<Database>): Promise<UserInfo[]> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'displayName', 'disabled', 'createdAt']).orderBy('username').execute();
  const scopes = await scopesOfUsers(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    username: r.username,
    role: r.role as UserRole,
    units: codesOf(scopes.get(r.id) ?? []),
    scopes: scopes.get(r.id) ?? [],
    displayName: r.displayName,
    disabled: Number(r.disabled) === 1,
    createdAt: r.createdAt,
  }));
}

async function userIdOrThrow(db: Kysely<Database>, username: string): Promise<number> {
  const row = await db.selectFrom('users').select('id').where('username', '=', normaliseUsername(username)).executeTakeFirst();
  if (!row) throw fieldError('username', `Không có người dùng "${username}" / no user "${username}"`, 'not_found');
  return row.id;
}

/** Sets a new password, ends every session of the user and forgets its known login devices. */
export async function setPassword(db: Kysely<Database>, username: string, password: string, now: Date = new Date()): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(`Mật khẩu không dùng được: ${problem}`);
  const id = await userIdOrThrow(db, username);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ passwordHash, updatedAt: now.toISOString() }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    await forgetLoginDevices(trx, id);
  });
}

/** Disables (ending every session at once and forgetting its login devices) or re-enables a user. */
export async function setUserDisabled(db: Kysely<Database>, username: string, disabled: boolean, now: Date = new Date()): Promise<void> {
  const id = await userIdOrThrow(db, username);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled: disabled ? 1 : 0, updatedAt: now.toISOString() }).where('id', '=', id).execute();
    if (!disabled) return;
    await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    await forgetLoginDevices(trx, id);
  });
}

/**
 * `dx-ioc user unlock NAME`: forgets the login attempts recorded for the user, so its delay and the addresses and
 * devices refused for it end at once; says what was cleared. Throws for an unknown user.
 */
export async function unlockUserLogin(db: Kysely<Database>, username: string, now: Date = new Date()): Promise<ClearedThrottling> {
  await userIdOrThrow(db, username);
  return clearLoginThrottling(db, normaliseUsername(username), now);
}

/** What an admin may change on a user (HTTP `PATCH /users/{username}`); absent fields stay as they are. */
export interface UserChanges {
  displayName?: string | null;
  role?: string;
  disabled?: boolean;
  password?: string;
}

/**
 * Changes a user in one transaction. As `user passwd` and `user disable` do, a new password or disabling ends
 * every session of the user and forgets its login devices. Approvers and reporters need a unit scope. Returns whether sessions were ended.
 */
export async function updateUser(db: Kysely<Database>, username: string, changes: UserChanges, now: Date = new Date(), audit?: AuditInput): Promise<{ sessionsEnded: boolean }> {
  const role = changes.role === undefined ? undefined : checkRole(changes.role);
  if (changes.password !== undefined) checkPassword(changes.password);
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const id = await userIdOrThrow(db, username);
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select(['role', 'displayName', 'disabled']).where('id', '=', id).executeTakeFirstOrThrow();
    if (role && needsUnits(role) && role !== before.role) {
      const held = await trx.selectFrom('userUnits').select('unitCode').where('userId', '=', id).executeTakeFirst();
      if (!held) throw fieldError('role', `Vai trò ${role} cần ít nhất một đơn vị: cấp đơn vị trước / role ${role} needs a unit scope: grant one first`);
    }
    const set = {
      updatedAt: now.toISOString(),
      ...(role ? { role } : {}),
      ...(changes.displayName !== undefined ? { displayName: changes.displayName?.trim() || null } : {}),
      ...(changes.disabled !== undefined ? { disabled: changes.disabled ? 1 : 0 } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    };
    await trx.updateTable('users').set(set).where('id', '=', id).execute();
    const sessionsEnded = changes.disabled === true || passwordHash !== undefined;
    if (sessionsEnded) {
      await trx.deleteFrom('sessions').where('userId', '=', id).execute();
      await forgetLoginDevices(trx, id);
    }
    if (audit) {
      const was = { role: before.role, displayName: before.displayName, disabled: Number(before.disabled) === 1 };
      const after = {
        role: role ?? before.role,
        displayName: 'displayName' in set ? set.displayName : before.displayName,
        disabled: changes.disabled ?? was.disabled,
        ...(passwordHash ? { passwordChanged: true } : {}),
      };
      await writeAudit(trx, [{ ...audit, before: was, after }], now);
    }
    return { sessionsEnded };
  });
}
