import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

describeEachDialect('migrations', (ctx) => {
  it('creates the tables and is idempotent', async () => {
    const again = await migrateToLatest(ctx.store);
    expect(again.applied).toEqual([]);
    const row = await ctx.store.db
      .selectFrom('units')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(0);
  });
});
