import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoUsers } from '../../src/app/demo/users.ts';
import { findUserForLogin, listUsers } from '../../src/store/auth/users.ts';
import { verifyPassword } from '../../src/domain/password.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';

describeEachDialect('demo users', (ctx) => {
  beforeAll(async () => {
    await seedUnits(ctx.store.db);
  });

  it('creates one account per role with the demo password, warns, and is idempotent', async () => {
    const lines: string[] = [];
    const created = await ensureDemoUsers(ctx.store, (line) => lines.push(line));
    expect(created.sort()).toEqual(['admin', 'baocao.daknong', 'lanhdao', 'pheduyet.lamdong']);
    expect(lines.join('\n')).toMatch(/DEMO.*dxioc-demo-2025/);
    const users = await listUsers(ctx.store.db);
    expect(users.map((u) => [u.username, u.role, u.units])).toEqual([
      ['admin', 'admin', []],
      ['baocao.daknong', 'reporter', ['67']],
      ['lanhdao', 'viewer', []],
      ['pheduyet.lamdong', 'approver', ['67', '68']],
    ]);
    const admin = await findUserForLogin(ctx.store.db, 'admin');
    expect(await verifyPassword(DEMO_PASSWORD, admin!.passwordHash)).toBe(true);

    const again: string[] = [];
    expect(await ensureDemoUsers(ctx.store, (line) => again.push(line))).toEqual([]);
    expect(again).toHaveLength(1);
    expect(await listUsers(ctx.store.db)).toHaveLength(4);
  });
});
