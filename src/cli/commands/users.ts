/**
 * `dx-ioc user add|passwd|disable|enable|unlock|list`: the use cases of app/auth/users.ts as the operator at
 * the terminal (CLI_ACTOR, an admin); each change is in the audit trail as actor `cli`, via the command.
 */
import type { Command } from 'commander';
import { addUser, listUsers, setPassword, setUserDisabled, unlockUserLogin, USER_ROLES } from '../../app/auth/users.ts';
import { cliContext } from '../../app/auth/admin-context.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import type { ClearedThrottling } from '../../store/auth/login-attempts.ts';
import { readSecretFromStdin } from '../read-secret.ts';
import { withStore } from '../store-option.ts';
import { scopesColumn } from './scopes.ts';
import { registerUserScopeCommands } from './scope-changes.ts';

interface AddOptions {
  role: string;
  unit: string[];
  displayName?: string;
  passwordStdin?: boolean;
  db?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

async function passwordFromStdin(opts: { passwordStdin?: boolean }): Promise<string> {
  if (!opts.passwordStdin) {
    throw new Error('Cần --password-stdin: mật khẩu được đọc từ stdin, không nhận trên dòng lệnh / --password-stdin is required');
  }
  return readSecretFromStdin();
}

/** `dx-ioc user add NAME --role ROLE [--unit CODE]… [--display-name TEXT] --password-stdin`. */
export async function userAddCommand(name: string, opts: AddOptions): Promise<void> {
  const password = await passwordFromStdin(opts);
  await withStore(opts.db, async (store) => {
    await addUser(store, cliContext('user add'), { username: name, role: opts.role, units: opts.unit, displayName: opts.displayName ?? null, password });
  });
  console.log(`Đã tạo người dùng ${name.trim().toLowerCase()} (${opts.role}${opts.unit.length ? `: ${opts.unit.join(', ')}` : ''}).`);
}

/** `dx-ioc user passwd NAME --password-stdin`: also ends the user's sessions. */
export async function userPasswdCommand(name: string, opts: { passwordStdin?: boolean; db?: string }): Promise<void> {
  const password = await passwordFromStdin(opts);
  await withStore(opts.db, (store) => setPassword(store, cliContext('user passwd'), name, password));
  console.log(`Đã đổi mật khẩu của ${name}; các phiên đăng nhập cũ đã kết thúc.`);
}

export async function userDisableCommand(name: string, opts: { db?: string }): Promise<void> {
  await withStore(opts.db, (store) => setUserDisabled(store, cliContext('user disable'), name, true));
  console.log(`Đã khóa ${name}; các phiên đăng nhập đã kết thúc.`);
}

export async function userEnableCommand(name: string, opts: { db?: string }): Promise<void> {
  await withStore(opts.db, (store) => setUserDisabled(store, cliContext('user enable'), name, false));
  console.log(`Đã mở khóa ${name}.`);
}

/** What `user unlock` cleared, as lines, Vietnamese first. */
export function unlockLines(name: string, c: ClearedThrottling): string[] {
  const lines = [`Đã gỡ giới hạn đăng nhập của ${name} / login throttling cleared for ${name}:`];
  if (!c.attempts) return [...lines, '  Không có lượt thử nào được ghi / no attempts were recorded'];
  return [
    ...lines,
    `  Lượt thử đã xoá / attempts cleared: ${c.attempts}, từ ${c.addresses} địa chỉ / from ${c.addresses} addresses (${c.withKnownDevice} từ trình duyệt đã biết / with a known device)`,
    `  Thời gian chờ đang áp dụng / delay that was in force: ${c.delaySeconds} s`,
    `  Địa chỉ đang bị chặn / addresses that were locked out: ${c.lockedAddresses}; trình duyệt đang bị chặn / devices locked out: ${c.lockedDevices}`,
  ];
}

/** `dx-ioc user unlock NAME`: forgets the user's recorded login attempts (delay, locked addresses and devices). */
export async function userUnlockCommand(name: string, opts: { db?: string }): Promise<void> {
  const cleared = await withStore(opts.db, (store) => unlockUserLogin(store, cliContext('user unlock'), name));
  for (const line of unlockLines(name.trim().toLowerCase(), cleared)) console.log(line);
}

export async function userListCommand(opts: { db?: string }): Promise<void> {
  const users = await withStore(opts.db, (store) => listUsers(store, CLI_ACTOR));
  if (!users.length) {
    console.log('Chưa có người dùng nào. Tạo: dx-ioc user add TEN --role admin --password-stdin');
    return;
  }
  for (const u of users) {
    console.log([u.username, u.role, scopesColumn(u.scopes), u.disabled ? 'đã khóa' : 'hoạt động', u.displayName ?? ''].join('\t').trimEnd());
  }
}

/** Adds `dx-ioc user add|passwd|disable|enable|unlock|list|scope`. */
export function registerUserCommands(program: Command, dbHelp: string): void {
  const user = program.command('user').description('người dùng / users (sign-in, roles, units)');
  user
    .command('add <name>')
    .description('create a user; the password is read from stdin')
    .requiredOption('--role <role>', USER_ROLES.join('|'))
    .option(
      '--unit <code>',
      'unit scope CODE or CODE@YYYY-MM-DD: the unit version in force that day, default today (repeatable; approver and reporter need one)',
      collect,
      [],
    )
    .option('--display-name <text>', 'name shown in the UI')
    .option('--password-stdin', 'read the password from stdin (at least 10 characters)')
    .option('--db <target>', dbHelp)
    .action(userAddCommand);
  user
    .command('passwd <name>')
    .description('set a new password (from stdin); ends the user’s sessions')
    .option('--password-stdin', 'read the password from stdin')
    .option('--db <target>', dbHelp)
    .action(userPasswdCommand);
  user.command('disable <name>').description('block sign-in and end the user’s sessions at once').option('--db <target>', dbHelp).action(userDisableCommand);
  user.command('enable <name>').description('allow sign-in again').option('--db <target>', dbHelp).action(userEnableCommand);
  user
    .command('unlock <name>')
    .description('clear the login throttling of a user (its failed attempts: the delay, locked addresses and devices) and print what was cleared')
    .option('--db <target>', dbHelp)
    .action(userUnlockCommand);
  user
    .command('list')
    .description('list users (tab-separated: name, role, units as "code (name, valid from–to)", state, display name)')
    .option('--db <target>', dbHelp)
    .action(userListCommand);
  registerUserScopeCommands(user, dbHelp);
}
