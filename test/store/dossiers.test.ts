/**
 * The one-stop-shop dossiers feed (issue 14, app/dossiers/) on both databases, over the compute fixture's reform
 * (A → N on 2025-07-01, C1 → X): a pushed batch is counted into the derived elements at once, rolled up and
 * through the reform (a dossier of old C1 counts in N in the `now` view); a re-push writes nothing; a changed
 * dossier gets a new version and moves the figure; a batch with one bad row is refused whole and the store is
 * untouched; and after random pushes and changes every derived value equals a count over the raw rows.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture } from './compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { pushDossiers } from '../../src/app/dossiers/push.ts';
import { dossierDetail, dossierSummary, dossiersCsv, listDossiers } from '../../src/app/dossiers/reads.ts';
import { registryRecords } from '../../src/app/registries/registry-records.ts';
import { ValidationError } from '../../src/domain/metadata.ts';
import type { Actor } from '../../src/domain/access.ts';

const now = new Date('2026-01-15T03:00:00Z');
const ctx0 = { actor: CLI_ACTOR, now };
const dossier = (id: string, extra: Record<string, unknown> = {}) => ({
  sourceId: id,
  procedureCode: 'DAT_DAI.001',
  procedureName: 'Đăng ký biến động đất đai',
  field: 'DAT_DAI',
  channel: 'online',
  level: 'full',
  unit: 'C1',
  receivedOn: '2024-02-10',
  dueOn: '2024-02-20',
  ...extra,
});

describeEachDialect('one-stop-shop dossiers', (ctx) => {
  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    const elements = [
      ['HS_TN', 'dossiers.received'],
      ['HS_TT', 'dossiers.received_online'],
      ['HS_DD_TN', 'dossiers.received?field=DAT_DAI'],
      ['HS_DD_TT', 'dossiers.received_online?field=DAT_DAI'],
      ['HS_GQ', 'dossiers.finished'],
      ['HS_DH', 'dossiers.finished_on_time'],
    ] as const;
    for (const [code, derivedFrom] of elements)
      await upsertDataElement(ctx.store.db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'sum',
        hierarchyAggregation: 'sum',
        periodType: 'monthly',
        derivedFrom,
      });
    await upsertIndicator(ctx.store.db, {
      code: 'TL_TT',
      name: 'Tỷ lệ trực tuyến',
      nameEn: 'Online rate',
      numerator: '#{HS_TT}',
      denominator: '#{HS_TN}',
      factor: 100,
      decimals: 2,
      direction: 'higher_is_better',
    });
    for (const [code] of elements)
      await upsertIndicator(ctx.store.db, {
        code: `I_${code}`,
        name: code,
        nameEn: code,
        numerator: `#{${code}}`,
        factor: 1,
        decimals: 0,
        direction: 'higher_is_better',
      });
    await recomputeAll(ctx.store, { today: '2026-01-15' });
  });

  const figure = async (indicator: string, unit: string, period: string, view: 'was' | 'now' = 'was') =>
    (await queryIndicator(ctx.store, { indicator, unit, periods: [period], view }, CLI_ACTOR)).rows[0]?.value ?? null;
  const count = async () =>
    Number(
      (
        await ctx.store.db
          .selectFrom('dossierVersions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('counts a pushed batch at once, rolls it up, and through the reform', async () => {
    const result = await pushDossiers(
      ctx.store,
      {
        source: 'MOTCUA_A',
        dossiers: [
          dossier('A-1'),
          dossier('A-2', { channel: 'offline', level: null }),
          dossier('A-3', { field: 'HO_TICH', unit: 'C4', receivedOn: '2024-03-05', dueOn: null }),
        ],
      },
      ctx0,
    );
    expect(result).toEqual({ source: 'MOTCUA_A', received: 3, created: 3, updated: 0, unchanged: 0 });
    expect(await figure('I_HS_TN', 'C1', '202402')).toBe(2);
    expect(await figure('I_HS_DD_TT', 'A', '2024Q1')).toBe(1);
    expect(await figure('I_HS_TN', 'VN', '2024')).toBe(3);
    expect(await figure('TL_TT', 'VN', '2024S1')).toBeCloseTo(200 / 3, 6);
    // C1 ended in the reform; its dossiers count in N (its successor's province) in the now view.
    expect(await figure('I_HS_TN', 'N', '2024', 'now')).toBe(3);
  });

  it('writes nothing for a re-push; a changed dossier gets a new version and moves the figure', async () => {
    const versions = await count();
    const again = await pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('A-1'), dossier('A-2', { channel: 'offline', level: null })] }, ctx0);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await count()).toBe(versions);
    const finished = await pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('A-1', { finishedOn: '2024-02-15' })] }, ctx0);
    expect(finished).toMatchObject({ created: 0, updated: 1 });
    expect(await figure('I_HS_GQ', 'C1', '202402')).toBe(1);
    expect(await figure('I_HS_DH', 'C1', '202402')).toBe(1);
    const page = await listDossiers(ctx.store, CLI_ACTOR, { unit: 'C1', period: '202402' });
    const a1 = page.items.find((d) => d.sourceId === 'A-1')!;
    expect(a1).toMatchObject({ version: 2, result: 'on_time', state: 'finished' });
    const detail = await dossierDetail(ctx.store, CLI_ACTOR, a1.id);
    expect(detail.versions.map((v) => [v.version, v.data.finishedOn])).toEqual([
      [1, null],
      [2, '2024-02-15'],
    ]);
    // The same id from another source is another dossier.
    expect((await pushDossiers(ctx.store, { source: 'MOTCUA_B', dossiers: [dossier('A-1')] }, ctx0)).created).toBe(1);
    expect(await figure('I_HS_TN', 'C1', '202402')).toBe(3);
  });

  it('refuses a batch with a bad row whole, naming the row and the field, and leaves the store untouched', async () => {
    const versions = await count();
    const before = await figure('I_HS_TN', 'VN', '2024');
    const attempt = pushDossiers(
      ctx.store,
      {
        source: 'MOTCUA_A',
        dossiers: [dossier('B-1'), dossier('B-2', { receivedOn: '2024-02-30' }), dossier('B-3', { unit: 'NOPE' }), dossier('B-1')],
      },
      ctx0,
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e: ValidationError) => e)) as ValidationError;
    expect(error.problems.map((p) => p.path)).toEqual(['dossiers[1].receivedOn', 'dossiers[3].sourceId']);
    const unknownUnit = (await pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('B-1'), dossier('B-3', { unit: 'NOPE' })] }, ctx0).catch(
      (e: ValidationError) => e,
    )) as ValidationError;
    expect(unknownUnit.problems.map((p) => p.path)).toEqual(['dossiers[1].unit']);
    const late = (await pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('B-4', { finishedOn: '2024-01-01' })] }, ctx0).catch(
      (e: ValidationError) => e,
    )) as ValidationError;
    expect(late.problems[0]).toMatchObject({ path: 'dossiers[0].finishedOn' });
    expect(await count()).toBe(versions);
    expect(await figure('I_HS_TN', 'VN', '2024')).toBe(before);
  });

  it('refuses a reporter of another unit, and lets the unit’s own write', async () => {
    const reporter = (scope: string): Actor => ({ kind: 'user', name: `bc.${scope}`, role: 'reporter', unitScopes: [scope] });
    await expect(pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('R-1')] }, { actor: reporter('B'), now })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('R-1')] }, { actor: reporter('A'), now })).created).toBe(1);
    const viewer: Actor = { kind: 'user', name: 'xem', role: 'viewer', unitScopes: [] };
    await expect(pushDossiers(ctx.store, { source: 'MOTCUA_A', dossiers: [dossier('R-2')] }, { actor: viewer, now })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('keeps every derived value equal to a count over the raw rows after random pushes and changes', async () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units = ['C1', 'C2', 'C3', 'C4'];
    const fields = ['DAT_DAI', 'HO_TICH', 'CHUNG_THUC'];
    for (let batch = 0; batch < 12; batch++) {
      const rows: Array<ReturnType<typeof dossier>> = [];
      for (let i = 0; i < 15; i++) {
        const id = `P-${Math.floor(rnd() * 60)}`;
        if (rows.some((r) => r.sourceId === id)) continue;
        const day = `2024-0${1 + Math.floor(rnd() * 6)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
        const finished = rnd() < 0.5;
        rows.push(
          dossier(id, {
            unit: units[Math.floor(rnd() * units.length)],
            field: fields[Math.floor(rnd() * fields.length)],
            channel: rnd() < 0.6 ? 'online' : 'offline',
            level: null,
            receivedOn: day,
            dueOn: day,
            finishedOn: finished ? day : null,
            result: finished ? (rnd() < 0.7 ? 'on_time' : 'late') : null,
          }),
        );
      }
      await pushDossiers(ctx.store, { source: 'PROP', dossiers: rows }, ctx0);
    }
    const raw = await ctx.store.db.selectFrom('dossiers').selectAll().execute();
    for (const unit of units)
      for (const month of ['202401', '202402', '202403', '202404', '202405', '202406']) {
        const ym = `${month.slice(0, 4)}-${month.slice(4)}`;
        const mine = raw.filter((r) => r.unit === unit);
        const received = mine.filter((r) => r.receivedOn.startsWith(ym));
        const finished = mine.filter((r) => r.finishedOn?.startsWith(ym));
        const expected = {
          I_HS_TN: received.length,
          I_HS_TT: received.filter((r) => r.channel === 'online').length,
          I_HS_DD_TN: received.filter((r) => r.field === 'DAT_DAI').length,
          I_HS_DD_TT: received.filter((r) => r.field === 'DAT_DAI' && r.channel === 'online').length,
          I_HS_GQ: finished.length,
          I_HS_DH: finished.filter((r) => r.result === 'on_time').length,
        };
        for (const [indicator, n] of Object.entries(expected))
          expect([unit, month, indicator, (await figure(indicator, unit, month)) ?? 0]).toEqual([unit, month, indicator, n]);
      }
  });

  it('drills down, breaks down by field and channel, and exports CSV', async () => {
    const page = await registryRecords(ctx.store, CLI_ACTOR, { element: 'HS_DD_TT', unit: 'A', period: '202402' });
    expect(page.total).toBe(await figure('I_HS_DD_TT', 'A', '202402'));
    expect(page.items[0]).toMatchObject({ unit: 'C1', simulated: false });
    const summary = await dossierSummary(ctx.store, CLI_ACTOR, { unit: 'VN', period: '2024S1' });
    expect(summary.received).toBe(await figure('I_HS_TN', 'VN', '2024S1'));
    expect(summary.byField.reduce((n, f) => n + f.received, 0)).toBe(summary.received);
    expect(summary.byChannel.reduce((n, c) => n + c.received, 0)).toBe(summary.received);
    const csv = await dossiersCsv(ctx.store, CLI_ACTOR, { unit: 'C1', period: '202402' });
    expect(csv.startsWith('\uFEFFsource,sourceId,procedureCode')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines.length - 1).toBe(await figure('I_HS_TN', 'C1', '202402'));
  });
});
