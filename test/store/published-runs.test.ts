/**
 * Published runs on both databases: an edition's results entered as published are a published, frozen revision
 * with their source, each row's derived figures and note kept; the rank change measured against the previous
 * edition's published run; a refused file writes nothing (no run, no audit); a correction is the next revision and
 * its diff shows it; drafts are listed for admins only; a unit's published results per edition; a merged
 * province (2024, on the tree of 1/7/2025) lists its predecessors; only admins import.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { AppError } from '../../src/domain/errors.ts';
import { ValidationError } from '../../src/domain/metadata.ts';
import { SHIPPED_BUNDLES } from '../../src/domain/frameworks/shipped.ts';
import { saveFrameworkBundle } from '../../src/store/frameworks/repo.ts';
import { importPublishedRun } from '../../src/app/frameworks/import-published-run.ts';
import { listScoreRuns, unitScores } from '../../src/app/frameworks/run-reads.ts';
import { diffScoreRun, getScores, runScoreRun } from '../../src/app/frameworks/score-runs.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { DA_NANG_2022, DTI_MAIN, seedFrameworkUnits } from './frameworks-fixture.ts';

const ADMIN: Actor = { kind: 'user', name: 'admin', role: 'admin', unitScopes: [] };
const VIEWER: Actor = { kind: 'user', name: 'lanhdao', role: 'viewer', unitScopes: [] };
const SOURCE = { title: 'Kết quả DTI do Bộ TT&TT công bố', date: '2023-07-31' };
const daNang = Object.fromEntries(DTI_MAIN.map((code, i) => [code, { value: DA_NANG_2022[i]! }]));

describeEachDialect('published score runs', (ctx) => {
  const auditCount = async () =>
    Number(
      (
        await ctx.store.db
          .selectFrom('auditEvents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('entity', '=', 'score_run')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    await seedFrameworkUnits(ctx.store.db);
    for (const bundle of SHIPPED_BUNDLES) await saveFrameworkBundle(ctx.store.db, bundle);
    await importPublishedRun(ctx.store, ADMIN, {
      framework: 'DTI_TINH',
      edition: '2021',
      file: { source: SOURCE, results: [{ unit: '67', rank: 4, pillars: { CQS: { rank: 3 } }, note: 'xếp thứ 4' }] },
    });
  });

  it('stores an import as a published revision with its source, rank change, grade, derived figures and notes', async () => {
    const { run, results } = await importPublishedRun(ctx.store, ADMIN, {
      framework: 'DTI_TINH',
      edition: '2022',
      file: {
        period: '2022',
        source: SOURCE,
        results: [
          { unit: '67', score: 0.5934, rank: 2 },
          { unit: '48', mainIndices: daNang, note: 'giá trị chỉ số chính' },
        ],
      },
      fileName: 'dti-2022.json',
      via: 'test',
    });
    expect(run).toMatchObject({ status: 'published', origin: 'imported', revision: 1, period: '2022', publishedBy: 'admin' });
    expect(run.source).toEqual({ ...SOURCE, file: 'dti-2022.json' });
    const read = await getScores(ctx.store, VIEWER, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
    expect(read.run.id).toBe(run.id);
    expect(read.results).toEqual(results);
    const dakNong = results.find((r) => r.unitCode === '67')!;
    expect(dakNong).toMatchObject({ score: 0.5934, rank: 2, rankChange: 2, grade: { code: 'average', label: 'Trung bình' }, derived: [], note: null });
    const dn = results.find((r) => r.unitCode === '48')!;
    expect(dn.score).toBeCloseTo(0.8002, 4);
    expect(dn).toMatchObject({ rank: null, derived: ['score'], note: 'giá trị chỉ số chính', unitName: 'Đà Nẵng' });
    const r2021 = await getScores(ctx.store, VIEWER, { framework: 'DTI_TINH', edition: '2021', period: '2021' });
    expect(r2021.results[0]!.pillars.find((p) => p.code === 'CQS')).toMatchObject({ rank: 3, value: null });
    expect(await auditCount()).toBe(2);
  });

  it('refuses a file with problems whole: no run, no audit', async () => {
    const before = (await listScoreRuns(ctx.store, ADMIN, 'DTI_TINH', '2023')).length;
    const audits = await auditCount();
    const error = await importPublishedRun(ctx.store, ADMIN, {
      framework: 'DTI_TINH',
      edition: '2023',
      file: {
        source: SOURCE,
        results: [
          { unit: '67', score: 0.6 },
          { unit: '99', score: 0.5 },
          { unit: '67', score: 1.2 },
        ],
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const named = (error as ValidationError).problems.map((p) => `${p.path} ${/^\[(\w+)\]/.exec(p.message)?.[1]}`);
    expect(named).toEqual(['results[1].unit unknown_unit', 'results[2].unit duplicate_unit', 'results[2].score out_of_range']);
    expect((await listScoreRuns(ctx.store, ADMIN, 'DTI_TINH', '2023')).length).toBe(before);
    expect(await auditCount()).toBe(audits);
    const noSource = await importPublishedRun(ctx.store, ADMIN, {
      framework: 'DTI_TINH',
      edition: '2023',
      file: { results: [{ unit: '67', score: 0.6 }] },
    }).catch((e: unknown) => e);
    expect((noSource as ValidationError).problems[0]!.message).toMatch(/^\[missing_source\]/);
  });

  it('a correction is the next published revision, and the diff shows what changed', async () => {
    const { run } = await importPublishedRun(ctx.store, ADMIN, {
      framework: 'DTI_TINH',
      edition: '2022',
      file: { source: { title: 'Đính chính' }, results: [{ unit: '67', score: 0.5935, rank: 1 }] },
    });
    expect(run.revision).toBe(2);
    const diff = await diffScoreRun(ctx.store, VIEWER, 'DTI_TINH', '2022', run.id);
    expect(diff.previous?.revision).toBe(1);
    expect(diff.units.map((u) => [u.unitCode, u.change, u.rankBefore, u.rankAfter])).toEqual([
      ['67', 'changed', 2, 1],
      ['48', 'removed', null, null],
    ]);
    const latest = await getScores(ctx.store, VIEWER, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
    expect(latest.run.revision).toBe(2);
  });

  it('lists drafts for admins only, and a unit’s latest published result per edition', async () => {
    const draft = await runScoreRun(ctx.store, ADMIN, { framework: 'DTI_TINH', edition: '2022', period: '2022' });
    expect(draft.run).toMatchObject({ status: 'draft', origin: 'computed', source: null, revision: 3 });
    const forAdmin = await listScoreRuns(ctx.store, ADMIN, 'DTI_TINH', '2022');
    expect(forAdmin.map((r) => [r.revision, r.status])).toEqual([
      [3, 'draft'],
      [2, 'published'],
      [1, 'published'],
    ]);
    expect(forAdmin.find((r) => r.revision === 1)!.units).toBe(2);
    const forViewer = await listScoreRuns(ctx.store, VIEWER, 'DTI_TINH', '2022');
    expect(forViewer.map((r) => r.revision)).toEqual([2, 1]);
    const scores = await unitScores(ctx.store, VIEWER, '67');
    expect(scores.map((s) => [s.edition.edition, s.run.revision, s.result.rank, s.result.score])).toEqual([
      ['2022', 2, 1, 0.5935],
      ['2021', 1, 4, null],
    ]);
    expect(await unitScores(ctx.store, VIEWER, '48')).toEqual([]); // revision 2 does not list Đà Nẵng
  });

  it('lists the predecessors of a merged province on the tree of 1/7/2025 and leaves its rank change empty', async () => {
    const { results } = await importPublishedRun(ctx.store, ADMIN, {
      framework: 'DTI_TINH',
      edition: '2024',
      file: { at: '2025-07-01', source: SOURCE, results: [{ unit: '68', score: 0.61, rank: 1 }] },
    });
    expect(results[0]).toMatchObject({ unitCode: '68', rank: 1, rankChange: null });
    expect(results[0]!.predecessors?.sort()).toEqual(['60', '67', '68']);
  });

  it('is for admins only', async () => {
    const error = await importPublishedRun(ctx.store, VIEWER, { framework: 'DTI_TINH', edition: '2023', file: { source: SOURCE, results: [] } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
  });
});
