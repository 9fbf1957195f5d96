/**
 * Giải trình và chỉ đạo over HTTP, on both databases: the sync opens a follow-up for each target not met and closes
 * it when the target recovers; the 401/403/200 matrix over the roles (admin, approver, reporters inside and outside
 * the unit, a leader — viewer —, an API token); every state transition and the refused ones (409); overdue on the
 * server's day; the audit entries of each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { buildFixture, writeLive, type Ids } from '../store/compute-fixture.ts';
import { syncFollowUps } from '../../src/app/follow-ups/sync.ts';
import { listAuditEvents } from '../../src/store/audit.ts';

const TODAY = '2024-06-03';

describeEachDialect('server: follow-ups of missed targets (giải trình và chỉ đạo)', (ctx) => {
  let app: FastifyInstance;
  let ids: Ids;
  let today = TODAY;
  const as: Record<string, Record<string, string>> = {};
  const ROLES = ['admin', 'duyet_a', 'bc_a', 'bc_b', 'lanhdao', 'token'] as const;
  type Who = (typeof ROLES)[number] | 'anonymous';
  const request = (method: 'GET' | 'POST', url: string, who: Who, payload?: unknown) =>
    app.inject({ method, url: `/api/v1${url}`, headers: who === 'anonymous' ? {} : as[who], ...(payload !== undefined ? { payload: payload as object } : {}) });
  const statuses = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const out: Record<string, number> = {};
    for (const who of ['anonymous', ...ROLES] as const) out[who] = (await request(method, url, who, payload)).statusCode;
    return out;
  };
  let byTarget: Record<string, number> = {};
  const followUp = async (id: number) => (await request('GET', `/follow-ups/${id}`, 'admin')).json();

  beforeAll(async () => {
    ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    // RATIO at A in January 2023: 1/4 = 25 %; C1 100 %; C2 0 %.
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 1],
      ['NUM', 'C2', '202301', 0],
      ['DEN', 'C2', '202301', 3],
    ]);
    await upsertPlan(ctx.store.db, {
      code: 'P_FU',
      name: 'Kế hoạch có mục tiêu chưa đạt',
      nameEn: 'Plan with missed targets',
      unitCode: 'A',
      endPeriod: '202301',
      targets: [
        { indicator: 'RATIO', unit: 'A', period: '202301', value: 50, comparison: '>=' },
        { indicator: 'RATIO', unit: 'C1', period: '202301', value: 50, comparison: '>=' },
        { indicator: 'RATIO', unit: 'C2', period: '202301', value: 10, comparison: '>=' },
      ],
    });
    app = buildApp({ store: ctx.store, today: () => today });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'duyet_a', role: 'approver', units: ['A'] });
    await createUser(ctx.store, { username: 'bc_a', role: 'reporter', units: ['A'] });
    await createUser(ctx.store, { username: 'bc_b', role: 'reporter', units: ['B'] });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    for (const who of ['admin', 'duyet_a', 'bc_a', 'bc_b', 'lanhdao'] as const) as[who] = (await login(app, who)).headers;
    as.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'he-thong-a', units: ['A'] })}` };
  });
  afterAll(async () => app?.close());

  it('opens one follow-up per target not met on listing, none for a target met; a second sync writes nothing', async () => {
    const list = await request('GET', '/follow-ups?plan=P_FU', 'admin');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{ id: number; unit: { code: string }; state: string; target: Record<string, unknown> }>;
    expect(items.map((f) => [f.unit.code, f.state]).sort()).toEqual([
      ['A', 'open'],
      ['C2', 'open'],
    ]);
    byTarget = Object.fromEntries(items.map((f) => [f.unit.code, f.id]));
    expect(items.find((f) => f.unit.code === 'A')!.target).toEqual({
      value: 50,
      comparison: '>=',
      status: 'not_met',
      statusLabel: { vi: 'chưa đạt', en: 'not met' },
      actual: 25,
      gap: -25,
    });
    expect(await syncFollowUps(ctx.store, { today })).toEqual({ skipped: true, opened: 0, recovered: 0, refreshed: 0 });
    expect(await syncFollowUps(ctx.store, { today, force: true })).toEqual({ skipped: false, opened: 0, recovered: 0, refreshed: 0 });
    const opened = await listAuditEvents(ctx.store.db, [{ entity: 'follow_up', entityKey: String(byTarget.A) }]);
    expect(opened.map((e) => [e.actorName, e.action])).toEqual([['system', 'open']]);
  });

  it('reads: 401 without a caller; leaders, admins and the unit see it; a reporter of another unit is refused', async () => {
    expect(await statuses('GET', `/follow-ups/${byTarget.A}`)).toEqual({
      anonymous: 401,
      admin: 200,
      duyet_a: 200,
      bc_a: 200,
      bc_b: 403,
      lanhdao: 200,
      token: 200,
    });
    expect((await statuses('GET', '/follow-ups')).anonymous).toBe(401);
    expect((await request('GET', '/follow-ups', 'bc_b')).json()).toEqual({ total: 0, items: [] });
    expect((await request('GET', '/follow-ups?unit=D', 'lanhdao')).json().items.map((f: { unit: { code: string } }) => f.unit.code)).toEqual(['C2']);
    expect((await request('GET', '/follow-ups/999999', 'admin')).statusCode).toBe(404);
    expect((await request('GET', '/follow-ups?state=bogus', 'admin')).statusCode).toBe(400);
  });

  it('explain: the unit reporter and admins only; open → explained → explained (a revised explanation)', async () => {
    const body = {
      content: 'Thiếu thiết bị đầu cuối ở 2 xã',
      evidence: [{ kind: 'document', number: '12/BC-UBND', date: '2024-05-30', issuer: 'UBND xã', summary: 'Báo cáo' }],
    };
    const refused = await statuses('POST', `/follow-ups/${byTarget.A}/explanations`, body);
    expect(refused).toMatchObject({ anonymous: 401, duyet_a: 403, bc_b: 403, lanhdao: 403, token: 403 });
    // The admin's call above explained it (open → explained), the unit reporter's revised it (explained → explained).
    expect(refused.bc_a).toBe(200);
    expect(refused.admin).toBe(200);
    const f = await followUp(byTarget.A!);
    expect(f.state).toBe('explained');
    expect(f.explanations.map((e: { by: string; evidence: unknown[] }) => [e.by, e.evidence.length])).toEqual([
      ['admin', 1],
      ['bc_a', 1],
    ]);
    expect((await request('POST', `/follow-ups/${byTarget.A}/explanations`, 'bc_a', { content: '   ' })).statusCode).toBe(422);
    expect(
      (await request('POST', `/follow-ups/${byTarget.A}/explanations`, 'bc_a', { content: 'x', evidence: [{ kind: 'link', url: 'javascript:alert(1)' }] }))
        .statusCode,
    ).toBe(400);
  });

  it('direct: leaders and admins only, never before the explanation (409); explained → directed', async () => {
    const early = await request('POST', `/follow-ups/${byTarget.C2}/directives`, 'lanhdao', { content: 'Khắc phục', assignee: 'C2', deadline: '2024-06-10' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('INVALID_TRANSITION');
    const body = { content: 'Bổ sung thiết bị trước ngày 10/6', assignee: 'A', deadline: '2024-06-10' };
    const refused = await statuses('POST', `/follow-ups/${byTarget.A}/directives`, body);
    expect(refused).toEqual({ anonymous: 401, admin: 200, duyet_a: 403, bc_a: 403, bc_b: 403, lanhdao: 200, token: 403 });
    const f = await followUp(byTarget.A!);
    expect(f.state).toBe('directed');
    expect(
      f.directives.map((d: { by: string; assignee: { code: string }; deadline: string; overdue: boolean }) => [d.by, d.assignee.code, d.deadline, d.overdue]),
    ).toEqual([
      ['admin', 'A', '2024-06-10', false],
      ['lanhdao', 'A', '2024-06-10', false],
    ]);
    const past = await request('POST', `/follow-ups/${byTarget.A}/directives`, 'lanhdao', { ...body, deadline: '2024-06-01' });
    expect(past.statusCode).toBe(422);
    const nowhere = await request('POST', `/follow-ups/${byTarget.A}/directives`, 'lanhdao', { ...body, assignee: 'QQ' });
    expect(nowhere.json().error.code).toBe('UNIT_NOT_FOUND');
  });

  it('is overdue once a directive passes its deadline on the server day, and the list filters it', async () => {
    today = '2024-06-11';
    try {
      const f = await followUp(byTarget.A!);
      expect(f.overdue).toBe(true);
      expect(f.directives.every((d: { overdue: boolean }) => d.overdue)).toBe(true);
      const overdue = (await request('GET', '/follow-ups?overdue=true', 'lanhdao')).json();
      expect(overdue.items.map((x: { id: number }) => x.id)).toEqual([byTarget.A]);
      // C2 was opened on 3/6 and is due for explanation on 18/6: not overdue yet; on 19/6 it is.
      today = '2024-06-19';
      const later = (await request('GET', '/follow-ups?overdue=true', 'lanhdao')).json();
      expect(later.items.map((x: { id: number }) => x.id).sort()).toEqual([byTarget.A, byTarget.C2].sort());
    } finally {
      today = TODAY;
    }
  });

  it('progress: the assignee unit reports (directed → in_progress), done closes the directive; a done one takes no more (409)', async () => {
    const f = await followUp(byTarget.A!);
    const [first, second] = f.directives as Array<{ id: number }>;
    const url = `/follow-ups/${byTarget.A}/directives/${first!.id}/progress`;
    const refused = await statuses('POST', url, { content: 'Đã mua 20 máy' });
    expect(refused).toEqual({ anonymous: 401, admin: 200, duyet_a: 403, bc_a: 200, bc_b: 403, lanhdao: 403, token: 403 });
    expect((await followUp(byTarget.A!)).state).toBe('in_progress');
    const done = await request('POST', url, 'bc_a', {
      content: 'Đã hoàn thành',
      done: true,
      evidence: [{ kind: 'link', url: 'https://ninhthuan.gov.vn/tin' }],
    });
    expect(done.statusCode).toBe(200);
    const directive = done.json().directives.find((d: { id: number }) => d.id === first!.id);
    expect(directive.doneAt).not.toBeNull();
    expect(directive.progress.map((p: { done: boolean }) => p.done)).toEqual([false, false, true]);
    const again = await request('POST', url, 'bc_a', { content: 'Lại' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await request('POST', `/follow-ups/${byTarget.A}/directives/999999/progress`, 'bc_a', { content: 'x' })).statusCode).toBe(404);
    // in_progress takes another directive and stays in progress; done directives are never overdue.
    today = '2024-06-11';
    try {
      const view = await followUp(byTarget.A!);
      expect(view.directives.map((d: { id: number; overdue: boolean }) => [d.id, d.overdue])).toEqual([
        [first!.id, false],
        [second!.id, true],
      ]);
    } finally {
      today = TODAY;
    }
    const more = await request('POST', `/follow-ups/${byTarget.A}/directives`, 'lanhdao', {
      content: 'Báo cáo kết quả',
      assignee: 'C2',
      deadline: '2024-07-01',
    });
    expect([more.statusCode, more.json().state]).toEqual([200, 'in_progress']);
  });

  it('closes when the target recovers (the sync, as system) and refuses every step after (409)', async () => {
    // A reaches 60 %: (1 + 5) / (1 + 9) with C2 at 5 of 9; C2 reaches 55,6 % (≥ 10): both targets recover.
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C2', '202301', 5],
      ['DEN', 'C2', '202301', 9],
    ]);
    const list = (await request('GET', '/follow-ups?plan=P_FU', 'lanhdao')).json();
    const a = list.items.find((f: { id: number }) => f.id === byTarget.A);
    expect([a.state, a.closed.reason, a.closed.by, a.target.status]).toEqual(['closed', 'recovered', 'system', 'exceeded']);
    for (const [url, body] of [
      [`/follow-ups/${byTarget.A}/explanations`, { content: 'x' }],
      [`/follow-ups/${byTarget.A}/directives`, { content: 'x', assignee: 'A', deadline: '2024-07-01' }],
      [`/follow-ups/${byTarget.A}/directives/${a.directives[1].id}/progress`, { content: 'x' }],
      [`/follow-ups/${byTarget.A}/close`, { reason: 'x' }],
    ] as const) {
      const r = await request('POST', url, 'admin', body);
      expect([url, r.statusCode, r.json().error.code]).toEqual([url, 409, 'INVALID_TRANSITION']);
    }
  });

  it('a leader closes with a reason (403 for the others); that decision stands: the target falling again opens nothing', async () => {
    // Back below target (A 1/10 = 10 %, C2 0 %): a new follow-up opens for each (their first ones closed as recovered).
    await writeLive(ctx.store.db, ids, [['NUM', 'C2', '202301', 0]]);
    const open = (await request('GET', '/follow-ups?plan=P_FU&state=open', 'lanhdao')).json().items;
    expect(open.map((f: { unit: { code: string } }) => f.unit.code)).toEqual(['C2', 'A']);
    const c2 = open.find((f: { unit: { code: string } }) => f.unit.code === 'C2');
    expect(c2.id).not.toBe(byTarget.C2);
    const url = `/follow-ups/${c2.id}/close`;
    expect((await request('POST', url, 'lanhdao', { reason: '  ' })).statusCode).toBe(422);
    const refused = await statuses('POST', url, { reason: 'Chỉ tiêu điều chỉnh theo Nghị quyết mới' });
    expect(refused).toMatchObject({ anonymous: 401, admin: 200, duyet_a: 403, bc_a: 403, bc_b: 403, token: 403 });
    expect(refused.lanhdao).toBe(409); // the admin closed it first (the matrix runs in order)
    const closed = await followUp(c2.id);
    expect(closed.closed).toMatchObject({ by: 'admin', reason: 'leader', note: 'Chỉ tiêu điều chỉnh theo Nghị quyết mới' });
    expect(await syncFollowUps(ctx.store, { today, force: true })).toMatchObject({ opened: 0 });
  });

  it('sync now: leaders and admins only', async () => {
    expect(await statuses('POST', '/follow-ups/sync')).toEqual({ anonymous: 401, admin: 200, duyet_a: 403, bc_a: 403, bc_b: 403, lanhdao: 200, token: 403 });
  });

  it('writes an audit event for every step, with the actor and the states', async () => {
    const events = await listAuditEvents(ctx.store.db, [{ entity: 'follow_up', entityKey: String(byTarget.A) }]);
    expect(events.map((e) => [e.actorName, e.action, (e.before as { state?: string } | null)?.state ?? null, (e.after as { state: string }).state])).toEqual([
      ['system', 'open', null, 'open'],
      ['admin', 'explain', 'open', 'explained'],
      ['bc_a', 'explain', 'explained', 'explained'],
      ['admin', 'direct', 'explained', 'directed'],
      ['lanhdao', 'direct', 'directed', 'directed'],
      ['admin', 'progress', 'directed', 'in_progress'],
      ['bc_a', 'progress', 'in_progress', 'in_progress'],
      ['bc_a', 'progress', 'in_progress', 'in_progress'],
      ['lanhdao', 'direct', 'in_progress', 'in_progress'],
      ['system', 'recover', 'in_progress', 'closed'],
    ]);
    expect(events.every((e) => e.entity === 'follow_up')).toBe(true);
    expect(events[2]!.via).toMatch(/127\.0\.0\.1|::1|localhost/);
  });
});

describe('follow-up state machine (domain)', () => {
  it('is documented by its transitions', async () => {
    const { followUpTransition, followUpActions } = await import('../../src/domain/follow-ups.ts');
    expect(followUpTransition('open', 'explain')).toBe('explained');
    expect(() => followUpTransition('open', 'direct')).toThrow(/giải trình trước/);
    expect(() => followUpTransition('closed', 'close')).toThrow(/đã đóng/);
    expect(followUpActions('closed')).toEqual([]);
    expect(followUpActions('open')).toEqual(['explain', 'close']);
  });
});
