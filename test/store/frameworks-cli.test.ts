import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readBundles } from '../../src/cli/commands/frameworks.ts';
import { DEPARTMENT_EXAMPLE } from '../../src/domain/frameworks/province-example.ts';
import { getEdition, saveFrameworkBundle } from '../../src/store/frameworks-repo.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-frameworks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDialect('frameworks load from a JSON file', (ctx) => {
  it('reads a bundle file, upserts it, and updates an edition that changed', async () => {
    const file = join(dir, `bundle-${ctx.dialect}.json`);
    writeFileSync(file, JSON.stringify(DEPARTMENT_EXAMPLE));
    const [bundle] = readBundles(file);
    expect((await saveFrameworkBundle(ctx.store.db, bundle!)).editions).toEqual({ '2024': 'created' });
    const changed = structuredClone(bundle!);
    changed.editions[0]!.mainIndices[0]!.components[0]!.maxPoints = 50;
    writeFileSync(file, JSON.stringify([changed]));
    expect((await saveFrameworkBundle(ctx.store.db, readBundles(file)[0]!)).editions).toEqual({ '2024': 'updated' });
    const stored = await getEdition(ctx.store.db, 'VIDU_DTI_SO', '2024');
    expect(stored?.edition.mainIndices[0]!.components[0]!.maxPoints).toBe(50);
  });

  it('refuses a file that is not a bundle, naming the file and item', () => {
    const file = join(dir, `bad-${ctx.dialect}.json`);
    writeFileSync(file, JSON.stringify([{ framework: {} }]));
    expect(() => readBundles(file)).toThrow(/\[0\].*editions/);
    writeFileSync(file, '{oops');
    expect(() => readBundles(file)).toThrow(/Không đọc được/);
  });
});
