import type { Actor } from '../../src/domain/access.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readBundles } from '../../src/cli/commands/frameworks.ts';
import { DEPARTMENT_EXAMPLE } from '../../src/domain/frameworks/province-example.ts';
import { getEdition, saveFrameworkBundle } from '../../src/store/frameworks/repo.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { writeValue } from '../../src/store/values/repo.ts';
import { runScores } from '../../src/compute/scores/run-scores.ts';
import { getScores, publishScoreRun } from '../../src/app/frameworks/score-runs.ts';

/** The admin who publishes and reads drafts. */
const ADMIN: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };

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

  it('a published run keeps its results and definition when the edition is edited later', async () => {
    const db = ctx.store.db;
    const unit = await db
      .insertInto('units')
      .values({
        code: 'SO_X',
        level: 'agency',
        type: 'agency',
        name: 'Sở X',
        nameEn: 'X',
        fullName: 'Sở X',
        fullNameEn: 'X',
        searchText: 'so x',
        validFrom: '0001-01-01',
        validFromKnown: 0,
        validTo: '9999-12-31',
        validToKnown: 1,
        source: 't',
        note: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeValue(db, { elementCode: 'VIDU_SO.KE_HOACH_CDS', unitId: unit.id, period: '2024', value: true, author: 't', source: 't' });
    const first = await runScores(ctx.store, { framework: 'VIDU_DTI_SO', edition: '2024', period: '2024' });
    await publishScoreRun(ctx.store, ADMIN, 'VIDU_DTI_SO', '2024', first.run.id);
    const edited = structuredClone(DEPARTMENT_EXAMPLE);
    edited.editions[0]!.mainIndices[0]!.name = 'Thể chế số (sửa)';
    edited.editions[0]!.mainIndices[0]!.components[0]!.maxPoints = 10;
    await saveFrameworkBundle(db, edited);
    const published = await getScores(ctx.store, ADMIN, { framework: 'VIDU_DTI_SO', edition: '2024', period: '2024' });
    expect(published.results[0]!.score).toBe(first.results[0]!.score);
    expect(published.definition.mainIndices[0]!.name).toBe('Thể chế số');
    const next = await runScores(ctx.store, { framework: 'VIDU_DTI_SO', edition: '2024', period: '2024' });
    expect(next.run.revision).toBe(2);
    expect(next.results[0]!.score).not.toBe(first.results[0]!.score);
  });

  it('refuses a file that is not a bundle, naming the file and item', () => {
    const file = join(dir, `bad-${ctx.dialect}.json`);
    writeFileSync(file, JSON.stringify([{ framework: {} }]));
    expect(() => readBundles(file)).toThrow(/\[0\].*editions/);
    writeFileSync(file, '{oops');
    expect(() => readBundles(file)).toThrow(/Không đọc được/);
  });
});
