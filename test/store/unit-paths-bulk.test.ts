import { beforeAll, expect, it } from 'vitest';
import { resolveUnitsAt, unitAtKey } from '../../src/store/collection/dataset-units.ts';
import { unitPath } from '../../src/store/units/path.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { BEFORE, REFORM, seedUnits } from '../server/fixtures/seed-units.ts';

describeEachDialect('unit paths in bulk', (ctx) => {
  beforeAll(async () => {
    await seedUnits(ctx.store.db);
  });

  it('resolveUnitsAt gives every code at every date the path unitPath gives, across the reform', async () => {
    const codes = (await ctx.store.db.selectFrom('units').select('code').distinct().execute()).map((r) => r.code);
    expect(codes.length).toBeGreaterThan(3);
    const pairs = [BEFORE, REFORM].flatMap((at) => [...codes, 'nope'].map((code) => ({ code, at })));
    const resolved = await resolveUnitsAt(ctx.store.db, pairs);
    let compared = 0;
    for (const { code, at } of pairs) {
      const one = await unitPath(ctx.store.db, code, at);
      expect(resolved.get(unitAtKey(code, at))?.path ?? null, `${code}@${at}`).toEqual(one);
      if (one && one.length > 1) compared++;
    }
    expect(compared).toBeGreaterThan(2);
    // The commune moved from the old district and province to the new province.
    expect(resolved.get(unitAtKey('24611', BEFORE))?.path).toEqual(['24611', '660', '67', 'VN']);
    expect(resolved.get(unitAtKey('24611', REFORM))?.path).toEqual(['24611', '68', 'VN']);
  });
});
