import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { findUserForLogin } from '../../src/store/auth/users.ts';
import { findTokenActor } from '../../src/store/auth/tokens.ts';
import { LOGIN_LIMITS, reserveLoginAttempt } from '../../src/store/auth/login-attempts.ts';
import { verifyPassword } from '../../src/domain/password.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-users-cli-'));
const db = join(dir, 'store.sqlite');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = execFile(process.execPath, [join(ROOT, 'bin', 'dx-ioc.js'), ...args, '--db', db], { cwd: ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

async function withDb<T>(fn: (store: ReturnType<typeof openStore>) => Promise<T>): Promise<T> {
  const store = openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  await withDb(async (store) => {
    await migrateToLatest(store);
    await seedUnits(store.db);
    const now = new Date().toISOString();
    await store.db
      .insertInto('dataElements')
      .values({
        code: 'XA_CAP_QUANG',
        name: 'x',
        nameEn: 'x',
        valueType: 'integer',
        timeAggregation: 'last',
        hierarchyAggregation: 'sum',
        periodType: 'yearly',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One-line errors on stderr, exit 1: no stack trace. */
function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

/** Each test runs a dozen child processes (each loads the TypeScript sources): minutes on a loaded 2-core machine. */
const CHILD_PROCESSES_TIMEOUT_MS = 240_000;

describe('dx-ioc user (SQLite file, child process)', { timeout: CHILD_PROCESSES_TIMEOUT_MS }, () => {
  it('adds users with the password from stdin, checking role, units and length', async () => {
    const ok = await cli(
      ['user', 'add', 'baocao.daknong', '--role', 'reporter', '--unit', '67', '--unit', '660', '--display-name', 'VP UBND Đắk Nông', '--password-stdin'],
      'mat-khau-bao-cao\n',
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('baocao.daknong');
    const user = await withDb((store) => findUserForLogin(store.db, 'baocao.daknong'));
    expect(user).toMatchObject({ role: 'reporter', units: ['660', '67'], displayName: 'VP UBND Đắk Nông' });
    expect(await verifyPassword('mat-khau-bao-cao', user!.passwordHash)).toBe(true); // the trailing newline is not part of it

    expectOneLineError(await cli(['user', 'add', 'ngan', '--role', 'viewer', '--password-stdin'], 'ngan\n'), /ít nhất 10/);
    expectOneLineError(await cli(['user', 'add', 'trong', '--role', 'viewer', '--password-stdin'], ''), /trống/);
    expectOneLineError(await cli(['user', 'add', 'khongstdin', '--role', 'viewer'], 'mat-khau-dai-du'), /--password-stdin/);
    expectOneLineError(await cli(['user', 'add', 'pd', '--role', 'approver', '--password-stdin'], 'mat-khau-dai-du'), /--unit/);
    expectOneLineError(await cli(['user', 'add', 'pd', '--role', 'approver', '--unit', '99', '--password-stdin'], 'mat-khau-dai-du'), /"99"/);
    expectOneLineError(await cli(['user', 'add', 'pd', '--role', 'chief', '--password-stdin'], 'mat-khau-dai-du'), /chief/);
    expectOneLineError(await cli(['user', 'add', 'baocao.daknong', '--role', 'viewer', '--password-stdin'], 'mat-khau-dai-du'), /đã có/);
  });

  it('changes a password, disables and enables, and lists users without hashes', async () => {
    expect((await cli(['user', 'add', 'lanhdao', '--role', 'viewer', '--password-stdin'], 'mat-khau-lanh-dao')).code).toBe(0);
    expect((await cli(['user', 'passwd', 'lanhdao', '--password-stdin'], 'mat-khau-moi-lanh-dao\n')).code).toBe(0);
    const user = await withDb((store) => findUserForLogin(store.db, 'lanhdao'));
    expect(await verifyPassword('mat-khau-moi-lanh-dao', user!.passwordHash)).toBe(true);
    expectOneLineError(await cli(['user', 'passwd', 'khong.ai', '--password-stdin'], 'mat-khau-dai-du'), /khong\.ai/);

    expect((await cli(['user', 'disable', 'lanhdao'])).code).toBe(0);
    let list = await cli(['user', 'list']);
    expect(list.stdout).toMatch(/^lanhdao\tviewer\t-\tđã khóa$/m);
    expect(list.stdout).toMatch(/^baocao\.daknong\treporter\t660 \(Gia Nghĩa, …–2025-06-30\); 67 \(Đắk Nông, …–2025-06-30\)\thoạt động\tVP UBND Đắk Nông$/m);
    expect(list.stdout).not.toContain('scrypt');
    expect((await cli(['user', 'enable', 'lanhdao'])).code).toBe(0);
    list = await cli(['user', 'list']);
    expect(list.stdout).toMatch(/^lanhdao\tviewer\t-\thoạt động$/m);
  });
});

describe('dx-ioc user unlock (SQLite file, child process)', { timeout: CHILD_PROCESSES_TIMEOUT_MS }, () => {
  it('clears the login throttling of one user and prints what it cleared; other users keep theirs', async () => {
    expect((await cli(['user', 'add', 'quantri', '--role', 'admin', '--password-stdin'], 'mat-khau-quan-tri')).code).toBe(0);
    const spread = LOGIN_LIMITS.perUsernameFree + 1;
    const reserve = (store: ReturnType<typeof openStore>, username: string, ip: string) =>
      reserveLoginAttempt(store.db, { username, ip, deviceId: null }, new Date());
    await withDb(async (store) => {
      // Failures as the server records them: one address locked out for quantri, and many others (the username is delayed).
      const failed = (username: string, ip: string) => ({ username, ip, attemptedAt: new Date().toISOString() });
      const rows = [
        ...Array.from({ length: LOGIN_LIMITS.perUsernameIp }, () => failed('quantri', '10.0.0.1')),
        ...Array.from({ length: spread }, (_, i) => failed('quantri', `10.1.0.${i + 1}`)),
        failed('lanhdao', '10.2.0.1'),
        failed('lanhdao', '10.2.0.2'),
      ];
      await store.db.insertInto('loginAttempts').values(rows).execute();
      expect((await reserve(store, 'quantri', '10.0.0.1')).kind).toBe('rate_limited');
      expect((await reserve(store, 'quantri', '10.3.0.1')).kind).toBe('rate_limited');
    });

    const run = await cli(['user', 'unlock', 'QuanTri']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Đã gỡ giới hạn đăng nhập của quantri \/ login throttling cleared for quantri:$/m);
    const attempts = LOGIN_LIMITS.perUsernameIp + spread;
    expect(run.stdout).toContain(
      `attempts cleared: ${attempts}, từ ${1 + spread} địa chỉ / from ${1 + spread} addresses (0 từ trình duyệt đã biết / with a known device)`,
    );
    expect(run.stdout).toMatch(/delay that was in force: \d+ s$/m);
    expect(run.stdout).toMatch(/addresses that were locked out: 1; .*devices locked out: 0$/m);

    await withDb(async (store) => {
      const left = await store.db.selectFrom('loginAttempts').select('username').execute();
      expect(left.map((r) => r.username)).toEqual(['lanhdao', 'lanhdao']);
      expect((await reserve(store, 'quantri', '10.0.0.1')).kind).toBe('reserved');
      expect((await reserve(store, 'quantri', '10.3.0.1')).kind).toBe('reserved');
      await store.db.deleteFrom('loginAttempts').where('username', '=', 'quantri').execute();
    });
    expect((await cli(['user', 'unlock', 'quantri'])).stdout).toMatch(/no attempts were recorded/);
    expectOneLineError(await cli(['user', 'unlock', 'khong.ai']), /"khong\.ai"/);
  });
});

describe('dx-ioc user|token scope add|remove (SQLite file, child process)', { timeout: CHILD_PROCESSES_TIMEOUT_MS }, () => {
  it('re-grants scopes after the reform without recreating, listing the result like user list', async () => {
    expect((await cli(['user', 'add', 'pheduyet.ld', '--role', 'approver', '--unit', '68@2025-06-30', '--password-stdin'], 'mat-khau-dai-du')).code).toBe(0);
    const added = await cli(['user', 'scope', 'add', 'pheduyet.ld', '68', '24611']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^ {2}68 \(Lâm Đồng, …–2025-06-30\)$/m);
    expect(added.stdout).toMatch(/^ {2}68 \(Lâm Đồng, 2025-07-01–…\)$/m);
    expect(added.stdout).toMatch(/^ {2}24611 \(Bắc Gia Nghĩa, 2025-07-01–…\)$/m);
    const again = await cli(['user', 'scope', 'add', 'pheduyet.ld', '68']);
    expect(again.stdout).toMatch(/bỏ qua.*: 68$/m);

    const removed = await cli(['user', 'scope', 'remove', 'pheduyet.ld', '68@2025-06-30']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).not.toMatch(/^ {2}68 \(Lâm Đồng, …–2025-06-30\)$/m);
    expect((await cli(['user', 'list'])).stdout).toMatch(
      /^pheduyet\.ld\tapprover\t24611 \(Bắc Gia Nghĩa, 2025-07-01–…\); 68 \(Lâm Đồng, 2025-07-01–…\)\thoạt động$/m,
    );

    expectOneLineError(await cli(['user', 'scope', 'add', 'khong.ai', '68']), /"khong\.ai"/);
    expectOneLineError(await cli(['user', 'scope', 'add', 'pheduyet.ld', '67']), /UNIT "67"/); // no version of 67 in force today
    expectOneLineError(await cli(['user', 'scope', 'remove', 'pheduyet.ld', '660@2025-01-01']), /UNIT "660@2025-01-01"/);

    expect((await cli(['token', 'create', '--name', 'ld-sync', '--unit', '68@2025-06-30', '--element', 'XA_CAP_QUANG'])).code).toBe(0);
    const token = await cli(['token', 'scope', 'add', 'ld-sync', '68']);
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/^ {2}68 \(Lâm Đồng, 2025-07-01–…\)$/m);
    expect(token.stdout).toMatch(/^Phần tử dữ liệu \/ data elements: XA_CAP_QUANG$/m);
    expectOneLineError(await cli(['token', 'scope', 'remove', 'ld-sync', '--element', 'XA_CAP_QUANG']), /mọi phần tử/);
    expectOneLineError(await cli(['token', 'scope', 'add', 'khong-co', '68']), /"khong-co"/);
  });
});

describe('dx-ioc token (SQLite file, child process)', { timeout: CHILD_PROCESSES_TIMEOUT_MS }, () => {
  it('prints a working token once, lists without it, revokes it', async () => {
    const created = await cli(['token', 'create', '--name', 'mot-cua', '--unit', '67', '--element', 'XA_CAP_QUANG']);
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^dxioc_[\w-]{43}$/);
    expect(created.stderr).toMatch(/một lần/);
    expect(await withDb((store) => findTokenActor(store.db, token))).toMatchObject({ name: 'mot-cua', unitScopes: ['67'], elementScopes: ['XA_CAP_QUANG'] });

    const list = await cli(['token', 'list']);
    expect(list.stdout).toMatch(/^mot-cua\t67 \(Đắk Nông, …–2025-06-30\)\tXA_CAP_QUANG\thoạt động\t/m);
    expect(list.stdout).not.toContain(token.slice(6));

    // 67 (Đắk Nông) ended on 30/6/2025: the review names the token's scope with its version; 68 given today does not appear.
    expect((await cli(['token', 'create', '--name', 'lam-dong', '--unit', '68'])).code).toBe(0);
    const review = await cli(['scopes', 'review', '--at', '2026-01-15']);
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toMatch(/^token	mot-cua	67 \(Đắk Nông, …–2025-06-30\)$/m);
    expect(review.stdout).not.toMatch(/lam-dong/);
    expectOneLineError(await cli(['scopes', 'review', '--at', '2026-13-01']), /--at/);

    expectOneLineError(await cli(['token', 'create', '--name', 'x2', '--unit', '67', '--element', 'KHONG_CO']), /KHONG_CO/);
    expectOneLineError(await cli(['token', 'create', '--name', 'x3']), /--unit/);

    expect((await cli(['token', 'revoke', 'mot-cua'])).code).toBe(0);
    expect(await withDb((store) => findTokenActor(store.db, token))).toBeNull();
    expect((await cli(['token', 'list'])).stdout).toMatch(/^mot-cua\t.*thu hồi/m);
    expectOneLineError(await cli(['token', 'revoke', 'khong-co']), /khong-co/);
  });
});
