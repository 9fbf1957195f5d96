/**
 * The community tech teams registry (app/teams/) on the compute fixture's reform (A → N on 2025-07-01, C1 → X), on
 * both databases: commands write the team, its members and activities with their audit and the derived figures in
 * one transaction; a commune team of old C1 counts in N in the `now` view; validation names its fields; the
 * member list (personal data) only for the admin and the commune's own reporters, approvers and tokens, each read
 * audited, and the audit of member changes keeps no name or phone; the overview's coverage and its withheld small
 * counts; the spreadsheet import is all or nothing with row, column, cell and value in its errors.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture } from './compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { upsertDataElement, upsertIndicator } from '../../src/store/metadata/repo.ts';
import { queryIndicator } from '../../src/app/analytics/indicator-query.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import type { Actor } from '../../src/domain/access.ts';
import type { RegistryMeasure } from '../../src/domain/registry-measures.ts';
import { addActivity, addMember, createTeam, updateMember } from '../../src/app/teams/commands.ts';
import { readTeamMembers } from '../../src/app/teams/members.ts';
import { teamDetail, teamsOverview } from '../../src/app/teams/reads.ts';
import { importTeams } from '../../src/app/teams/import.ts';
import { teamsCounter } from '../../src/app/teams/counter.ts';
import { parsePeriod } from '../../src/domain/periods.ts';

const TODAY = '2026-01-15';
const now = new Date('2026-01-15T03:00:00Z');
const ctxOf = (actor: Actor) => ({ actor, today: TODAY, now });
const reporterA: Actor = { kind: 'user', name: 'bc_a', role: 'reporter', unitScopes: ['A'] };
const approverA: Actor = { kind: 'user', name: 'duyet_a', role: 'approver', unitScopes: ['A'] };
const approverB: Actor = { kind: 'user', name: 'duyet_b', role: 'approver', unitScopes: ['B'] };
const viewer: Actor = { kind: 'user', name: 'lanhdao', role: 'viewer', unitScopes: [] };
const tokenB: Actor = { kind: 'token', name: 'dvc_b', role: 'api_client', unitScopes: ['B'] };
const tokenA: Actor = { kind: 'token', name: 'dvc_a', role: 'api_client', unitScopes: ['A'] };

const ELEMENTS: Array<[string, RegistryMeasure, 'last' | 'sum']> = [
  ['TCNS_XA_SO_TO', 'teams.commune_teams', 'last'],
  ['TCNS_XA_THANH_VIEN', 'teams.commune_members', 'last'],
  ['TCNS_THON_SO_TO', 'teams.village_teams', 'last'],
  ['TCNS_THON_THANH_VIEN', 'teams.village_members', 'last'],
  ['TCNS_XA_CO_TO', 'teams.communes_with_team', 'last'],
  ['TCNS_LUOT_HO_TRO', 'teams.people_supported', 'sum'],
];

const team = (over: Record<string, unknown> = {}) => ({
  unit: 'C1',
  level: 'commune',
  village: null,
  name: 'Tổ công nghệ số cộng đồng xã C1',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2024-02-10',
  decisionIssuer: 'UBND xã C1',
  dissolvedOn: null,
  ...over,
});
const member = (i: number, over: Record<string, unknown> = {}) => ({
  name: `Người Thử ${i}`,
  role: i === 0 ? 'leader' : 'member',
  phone: `09110000${String(i).padStart(2, '0')}`,
  villageServed: 'Thôn Một',
  joinedOn: '2024-02-10',
  leftOn: null,
  ...over,
});

describeEachDialect('community tech teams registry', (ctx) => {
  let communeTeam = 0;
  let villageTeam = 0;
  const auditOf = async (entity: string) =>
    (await ctx.store.db.selectFrom('auditEvents').selectAll().where('entity', '=', entity).orderBy('id').execute()).map((e) => ({
      ...e,
      after: e.after === null ? null : (JSON.parse(e.after) as Record<string, unknown>),
    }));
  const figure = async (element: string, unit: string, period: string, view: 'was' | 'now' = 'was') =>
    (await queryIndicator(ctx.store, { indicator: `CT_${element}`, unit, periods: [period], view }, CLI_ACTOR)).rows[0]?.value ?? null;

  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    for (const [code, measure, time] of ELEMENTS) {
      await upsertDataElement(ctx.store.db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: time,
        hierarchyAggregation: 'sum',
        periodType: 'quarterly',
        derivedFrom: measure,
      });
      await upsertIndicator(ctx.store.db, {
        code: `CT_${code}`,
        name: code,
        nameEn: code,
        numerator: `#{${code}}`,
        factor: 1,
        decimals: 0,
        direction: 'higher_is_better',
      });
    }
    await recomputeAll(ctx.store, { today: TODAY });
  });

  it('writes a team, members and an activity with the figures they move, through the reform', async () => {
    communeTeam = await createTeam(ctx.store, team(), ctxOf(reporterA));
    for (let i = 0; i < 6; i++) await addMember(ctx.store, communeTeam, member(i), ctxOf(reporterA));
    villageTeam = await createTeam(
      ctx.store,
      team({ level: 'village', village: 'Thôn Một', name: 'Tổ CNSCĐ thôn Một', decisionDate: '2024-03-01' }),
      ctxOf(CLI_ACTOR),
    );
    for (let i = 10; i < 13; i++) await addMember(ctx.store, villageTeam, member(i, { joinedOn: '2024-03-01' }), ctxOf(CLI_ACTOR));
    await addActivity(ctx.store, communeTeam, { heldOn: '2024-05-03', title: 'Hướng dẫn cài VNeID', peopleSupported: 40 }, ctxOf(reporterA));

    expect(await figure('TCNS_XA_SO_TO', 'A', '2024Q1')).toBe(1);
    expect(await figure('TCNS_XA_THANH_VIEN', 'A', '2024Q2')).toBe(6);
    expect(await figure('TCNS_THON_SO_TO', 'A', '2024Q2')).toBe(1);
    expect(await figure('TCNS_THON_THANH_VIEN', 'VN', '2024Q2')).toBe(3);
    expect(await figure('TCNS_XA_CO_TO', 'D', '2024Q4')).toBe(1);
    expect(await figure('TCNS_LUOT_HO_TRO', 'A', '2024Q2')).toBe(40);
    expect(await figure('TCNS_LUOT_HO_TRO', 'A', '2024Q3')).toBeNull(); // a flow with no activity: nothing written
    // Old C1 (ended 2025-07-01) counts in the new province N in the now view.
    expect(await figure('TCNS_XA_SO_TO', 'N', '2024Q4', 'now')).toBe(1);
    expect(await figure('TCNS_XA_THANH_VIEN', 'N', '2024Q4', 'now')).toBe(6);

    // A member who leaves stops counting from the day she leaves.
    await updateMember(
      ctx.store,
      communeTeam,
      (await readTeamMembers(ctx.store, CLI_ACTOR, communeTeam, { today: TODAY })).items[5]!.id,
      member(5, { leftOn: '2024-08-01' }),
      ctxOf(reporterA),
    );
    expect(await figure('TCNS_XA_THANH_VIEN', 'A', '2024Q2')).toBe(6);
    expect(await figure('TCNS_XA_THANH_VIEN', 'A', '2024Q3')).toBe(5);
  });

  it('refuses bad input by field, a second open team, a district, and writers outside the commune', async () => {
    await expect(createTeam(ctx.store, team({ unit: 'D' }), ctxOf(CLI_ACTOR))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'team.unit' }],
    });
    await expect(createTeam(ctx.store, team(), ctxOf(CLI_ACTOR))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'team.unit' }] });
    await expect(createTeam(ctx.store, team({ unit: 'C2', level: 'village', village: null }), ctxOf(CLI_ACTOR))).rejects.toMatchObject({
      details: [{ field: 'team.village' }],
    });
    await expect(addMember(ctx.store, communeTeam, member(1, { phone: '12345' }), ctxOf(reporterA))).rejects.toMatchObject({
      details: [{ field: 'member.phone' }],
    });
    for (const actor of [viewer, approverA, approverB, tokenB])
      await expect(createTeam(ctx.store, team({ unit: 'C2' }), ctxOf(actor)), actor.name).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addMember(ctx.store, 99999, member(1), ctxOf(CLI_ACTOR))).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  });

  it('shows the member list only to the admin and the commune’s own reporters, approvers and tokens, and audits each read', async () => {
    for (const actor of [viewer, approverB, tokenB])
      await expect(readTeamMembers(ctx.store, actor, communeTeam, { today: TODAY }), actor.name).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const before = (await auditOf('team_members')).length;
    for (const actor of [CLI_ACTOR, reporterA, approverA, tokenA]) {
      const list = await readTeamMembers(ctx.store, actor, communeTeam, { today: TODAY });
      expect(list.items.map((m) => m.name)).toContain('Người Thử 0');
    }
    const reads = await auditOf('team_members');
    expect(reads.length - before).toBe(4);
    expect(reads.every((e) => e.action === 'read' && e.entityKey === String(communeTeam))).toBe(true);
    // The audit of members names which personal fields changed, never their values.
    const memberEvents = await auditOf('team_member');
    expect(memberEvents.length).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(memberEvents)).not.toMatch(/Người Thử|0911000/);
    expect(memberEvents[0]!.after).toMatchObject({ personal: ['name', 'phone'] });
    // The team's page and the drill-down carry counts, not people.
    const detail = await teamDetail(ctx.store, viewer, communeTeam, TODAY);
    expect(detail).toMatchObject({ members: 5, abilities: { readMembers: false, edit: false } });
    expect((await teamDetail(ctx.store, reporterA, communeTeam, TODAY)).abilities).toEqual({ readMembers: true, edit: true });
    const records = await teamsCounter.records(ctx.store.db, 'teams.commune_members', parsePeriod('2024Q2'), ['C1'], { limit: 10, offset: 0 });
    expect(records).toMatchObject({ total: 1, rows: [{ id: String(communeTeam), unit: 'C1', counts: 6 }] });
    expect(JSON.stringify([detail, records])).not.toMatch(/Người Thử|0911000/);
  });

  it('gives coverage of the communes and withholds a breakdown below 5 members', async () => {
    const overview = await teamsOverview(ctx.store, viewer, { unit: 'A', at: '2024-06-30' });
    expect(overview.totals).toEqual({
      communes: 3,
      communesWithTeam: 1,
      coverage: 33.33,
      communeTeams: 1,
      communeMembers: 6,
      villageTeams: 1,
      villageMembers: 3,
    });
    const c1 = overview.communes.find((c) => c.code === 'C1')!;
    expect(c1.communeTeam).toMatchObject({ members: 6, withheld: false });
    expect(c1.villageTeams[0]).toMatchObject({ members: null, withheld: true });
    expect(overview.quarters.find((q) => q.period === '2024Q2')).toEqual({ period: '2024Q2', activities: 1, peopleSupported: 40 });
    const village = await teamDetail(ctx.store, viewer, villageTeam, TODAY);
    expect(village.byVillage).toEqual([{ village: 'Thôn Một', members: null, withheld: true }]);
  });

  it('imports a spreadsheet all or nothing, naming row, column, cell and value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'teams-import-'));
    const header = 'Mã xã;Cấp tổ;Thôn, khu phố;Số quyết định;Ngày quyết định;Cơ quan ban hành;Họ và tên;Vai trò;Số điện thoại;Thôn phụ trách';
    const good = [
      'C2;Xã;;5/QĐ-UBND;15/3/2024;UBND xã C2;Người Nhập 1;Tổ trưởng;0922 000 001;Thôn Hai',
      'C2;Xã;;5/QĐ-UBND;15/3/2024;UBND xã C2;Người Nhập 2;Thành viên;0922000002;Thôn Hai',
      'C2;Thôn;Thôn Hai;6/QĐ-UBND;16/3/2024;UBND xã C2;Người Nhập 3;Tổ trưởng;0922000003;',
    ];
    const badPath = join(dir, 'bad.csv');
    await writeFile(
      badPath,
      [
        header,
        ...good,
        'C2;Xã;;5/QĐ-UBND;15/3/2024;UBND xã C2;Người Nhập 4;Chủ tịch;0922000004;Thôn Hai',
        'C9;Xã;;1;1/1/2024;UBND;Người Nhập 5;Thành viên;;',
      ].join('\n'),
    );
    const teamsBefore = (await ctx.store.db.selectFrom('communityTeams').select('id').execute()).length;
    const bad = await importTeams(ctx.store, reporterA, { path: badPath, fileName: 'bad.csv' }, { today: TODAY, now });
    expect(bad.written).toBe(false);
    expect(bad.errors).toEqual([
      { row: 5, column: 'Vai trò', cell: 'H5', value: 'Chủ tịch', message: expect.stringContaining('Tổ trưởng') },
      { row: 6, column: 'Mã xã', cell: 'A6', value: 'C9', message: expect.stringContaining('không phải mã xã') },
    ]);
    expect((await ctx.store.db.selectFrom('communityTeams').select('id').execute()).length).toBe(teamsBefore);
    // A reporter of B may not write A's communes: the rows say so.
    const goodPath = join(dir, 'good.csv');
    await writeFile(goodPath, [header, ...good].join('\n'));
    const outside = await importTeams(ctx.store, approverB, { path: goodPath, fileName: 'good.csv' }, { today: TODAY, now });
    expect(outside.written).toBe(false);
    expect(outside.errors[0]).toMatchObject({ row: 2, column: 'Mã xã', cell: 'A2' });

    const ok = await importTeams(ctx.store, reporterA, { path: goodPath, fileName: 'good.csv' }, { today: TODAY, now });
    expect(ok).toMatchObject({ written: true, teams: { created: 2, updated: 0 }, members: 3, errors: [] });
    expect(await figure('TCNS_XA_CO_TO', 'A', '2024Q2')).toBe(2);
    expect(await figure('TCNS_XA_THANH_VIEN', 'A', '2024Q2')).toBe(8);
    expect(await figure('TCNS_THON_SO_TO', 'A', '2024Q2')).toBe(2);

    // The same commune's list again, as XLSX with one member fewer: the team is updated, its list replaced.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(header.split(';'));
    sheet.addRow(['C2', 'Xã', null, '5/QĐ-UBND', new Date(Date.UTC(2024, 2, 15)), 'UBND xã C2', 'Người Nhập 1', 'Tổ trưởng', 922000001, 'Thôn Hai']);
    const xlsxPath = join(dir, 'again.xlsx');
    await workbook.xlsx.writeFile(xlsxPath);
    const again = await importTeams(ctx.store, reporterA, { path: xlsxPath, fileName: 'again.xlsx' }, { today: TODAY, now });
    expect(again).toMatchObject({ written: true, format: 'xlsx', teams: { created: 0, updated: 1 }, members: 1 });
    expect(await figure('TCNS_XA_THANH_VIEN', 'A', '2024Q2')).toBe(7);
    const imported = await auditOf('team');
    expect(JSON.stringify(imported)).not.toMatch(/Người Nhập|0922/);
  });
});
