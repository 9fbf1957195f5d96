/**
 * The tasks registry on both dialects (issue 13 item 1), on the compute fixture's tree (A → D → C1…, reform on
 * 1/7/2025) with a fixed clock: an admin creates, the lead unit's reporter reports progress and completes, refused
 * steps are 409, others' units are 403; quá hạn is computed on the day; the derived figures (NV_*) follow every
 * command; notifications reach the units' users once per day; the digest lists overdue and due-soon tasks.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { buildFixture } from './compute-fixture.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { upsertPlan } from '../../src/store/metadata/plans.ts';
import { insertUser, findUserForLogin, userActor } from '../../src/store/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import type { Actor } from '../../src/domain/access.ts';
import { createTask, editTask } from '../../src/app/tasks/save.ts';
import { completeTask, moveTask, reportTaskProgress, tickMilestone } from '../../src/app/tasks/steps.ts';
import { dueTasks, listTasks, readTask } from '../../src/app/tasks/list.ts';
import { listTaskRows } from '../../src/store/tasks/repo.ts';
import { tasksCounter } from '../../src/app/tasks/counter.ts';
import { parsePeriod } from '../../src/domain/periods.ts';
import { listNotifications, markRead } from '../../src/app/notifications/center.ts';
import { sweepTaskNotifications } from '../../src/app/notifications/sweep.ts';
import { buildDigest } from '../../src/app/notifications/digest.ts';
import { REGISTRY_COUNTERS } from '../../src/app/registries/registry-counters.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';

const NOW = new Date('2025-03-15T02:00:00Z');
const TODAY = '2025-03-15';
const admin = { ...CLI_ACTOR, name: 'quantri' };

describeEachDialect('tasks registry', (ctx) => {
  let reporter: Actor;
  let other: Actor;
  const at = (day: string) => ({ actor: admin, today: day, now: new Date(`${day}T02:00:00Z`) });

  beforeAll(async () => {
    const ids = await buildFixture(ctx.store.db);
    await upsertPlan(ctx.store.db, { code: 'KH_A', name: 'Kế hoạch CĐS của A', nameEn: 'A plan', unitCode: 'A', targets: [] });
    for (const [code, measure] of [
      ['NV_TONG', 'tasks.total'],
      ['NV_HOAN_THANH', 'tasks.completed'],
      ['NV_DUNG_HAN', 'tasks.completed_on_time'],
      ['NV_QUA_HAN', 'tasks.overdue'],
    ] as const)
      await upsertDataElement(ctx.store.db, {
        code,
        name: code,
        nameEn: code,
        valueType: 'integer',
        timeAggregation: 'last',
        hierarchyAggregation: 'sum',
        periodType: 'quarterly',
        derivedFrom: measure,
      });
    const version = (code: string) => ({ id: ids[code]!, code, level: 'district', name: code, validFrom: '0001-01-01', validTo: '2025-07-01' });
    await insertUser(ctx.store.db, { username: 'baocao_d', role: 'reporter', displayName: 'Cán bộ D', passwordHash: 'x' }, [version('D')], NOW);
    await insertUser(ctx.store.db, { username: 'baocao_e', role: 'reporter', displayName: 'Cán bộ E', passwordHash: 'x' }, [version('E')], NOW);
    await ctx.store.db.updateTable('users').set({ email: 'd@example.invalid' }).where('username', '=', 'baocao_d').execute();
    await recomputeAll(ctx.store, { today: TODAY });
    reporter = userActor((await findUserForLogin(ctx.store.db, 'baocao_d'))!);
    other = userActor((await findUserForLogin(ctx.store.db, 'baocao_e'))!);
  });

  const base = { plan: 'KH_A', title: 'Triển khai nền tảng LGSP', lead: 'D', coordinating: ['C1'], startDate: '2025-01-02', deadline: '2025-03-20' };

  it('is registered as the tasks counter', () => expect(REGISTRY_COUNTERS).toContain(tasksCounter));

  it('lets only an admin create, checks plan, units and dates', async () => {
    await expect(createTask(ctx.store, base, { ...at(TODAY), actor: reporter })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createTask(ctx.store, { ...base, plan: 'NOPE' }, at(TODAY))).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
    await expect(createTask(ctx.store, { ...base, lead: 'X' }, at(TODAY))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(createTask(ctx.store, { ...base, deadline: '2024-12-31' }, at(TODAY))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('creates a task, notifies the lead unit’s reporter (not another unit’s) and counts it', async () => {
    const id = await createTask(ctx.store, { ...base, milestones: [{ title: 'Khảo sát', dueDate: '2025-02-01' }] }, at(TODAY));
    const view = await readTask(ctx.store, id, reporter, TODAY);
    expect(view).toMatchObject({ state: 'not_started', status: 'not_started', dueSoon: true, daysLeft: 5, lead: { code: 'D', name: 'Đơn vị D' } });
    expect(view.actions).toEqual(['start', 'progress', 'milestone', 'complete']);
    expect(view.milestones[0]).toMatchObject({ title: 'Khảo sát', overdue: true });
    await expect(readTask(ctx.store, id, other, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const mine = await listNotifications(ctx.store, reporter, {});
    expect(mine.items.map((n) => [n.kind, n.title])).toEqual([['task_assigned', 'Nhiệm vụ mới giao cho đơn vị: Triển khai nền tảng LGSP']]);
    expect((await listNotifications(ctx.store, other, {})).total).toBe(0);
    const figures = await tasksCounter.count(ctx.store.db, 'tasks.total', parsePeriod('2025Q1'), null);
    expect(Object.fromEntries(figures)).toEqual({ D: 1 });
    const stored = await ctx.store.db
      .selectFrom('dataValues')
      .innerJoin('dataElements', 'dataElements.id', 'dataValues.elementId')
      .select(['dataElements.code', 'dataValues.period', 'dataValues.valueNum', 'dataValues.source'])
      .execute();
    // The stock of an ended quarter is read on its last day (31/3/2025, past the real clock's today): not completed
    // by then and due on 20/3, the task counts as overdue there.
    expect(stored.map((r) => `${r.code} ${r.period} ${Number(r.valueNum)} ${r.source}`).sort()).toEqual([
      'NV_QUA_HAN 2025Q1 1 registry',
      'NV_TONG 2025Q1 1 registry',
    ]);
  });

  it('refuses what the state or the policy does not allow', async () => {
    const [task] = await listTaskRows(ctx.store.db, { plan: 'KH_A' });
    const id = task!.id;
    await expect(reportTaskProgress(ctx.store, id, { percent: 10, content: 'x' }, { ...at(TODAY), actor: other })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(moveTask(ctx.store, id, 'pause', { reason: 'x' }, { ...at(TODAY), actor: reporter })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(moveTask(ctx.store, id, 'resume', {}, at(TODAY))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await moveTask(ctx.store, id, 'pause', { reason: 'Chờ kinh phí' }, at(TODAY));
    await expect(
      completeTask(ctx.store, id, { completedOn: TODAY, evidence: [{ kind: 'link', url: 'https://so.example/bc' }] }, { ...at(TODAY), actor: reporter }),
    ).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('tạm dừng'),
    });
    await moveTask(ctx.store, id, 'resume', {}, at(TODAY));
    expect((await readTask(ctx.store, id, admin, TODAY)).state).toBe('in_progress');
  });

  it('takes the reporter’s progress and completion, then refuses everything but an admin’s reopen', async () => {
    const [task] = await listTaskRows(ctx.store.db, { plan: 'KH_A' });
    const id = task!.id;
    await reportTaskProgress(
      ctx.store,
      id,
      { percent: 60, content: 'Đã cài đặt máy chủ', evidence: [{ kind: 'document', number: '12/BC-STTTT' }] },
      { ...at(TODAY), actor: reporter },
    );
    const m = (await readTask(ctx.store, id, reporter, TODAY)).milestones[0]!;
    await tickMilestone(ctx.store, id, m.id, { doneOn: '2025-02-03' }, { ...at(TODAY), actor: reporter });
    await expect(completeTask(ctx.store, id, { completedOn: TODAY, evidence: [] }, { ...at(TODAY), actor: reporter })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await completeTask(
      ctx.store,
      id,
      { completedOn: '2025-03-18', evidence: [{ kind: 'link', url: 'https://so.example/bc' }] },
      { ...at('2025-03-18'), actor: reporter },
    );
    const view = await readTask(ctx.store, id, reporter, '2025-03-25');
    expect(view).toMatchObject({ state: 'completed', status: 'completed', overdue: false, onTime: true, percent: 100 });
    expect(view.progress.map((p) => [p.percent, p.content, p.by])).toEqual([[60, 'Đã cài đặt máy chủ', 'baocao_d']]);
    expect(view.milestones[0]?.doneOn).toBe('2025-02-03');
    expect(view.actions).toEqual([]);
    await expect(reportTaskProgress(ctx.store, id, { percent: 100, content: 'x' }, { ...at('2025-03-25'), actor: reporter })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await expect(editTask(ctx.store, id, base, at('2025-03-25'))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(moveTask(ctx.store, id, 'reopen', {}, { ...at('2025-03-25'), actor: reporter })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const figures = async (measure: 'tasks.completed' | 'tasks.completed_on_time') =>
      Object.fromEntries(await tasksCounter.count(ctx.store.db, measure, parsePeriod('2025Q1'), null));
    expect(await figures('tasks.completed')).toEqual({ D: 1 });
    expect(await figures('tasks.completed_on_time')).toEqual({ D: 1 });
    await moveTask(ctx.store, id, 'reopen', {}, at('2025-03-25'));
    expect(await figures('tasks.completed')).toEqual({});
    expect((await readTask(ctx.store, id, admin, '2025-03-25')).status).toBe('overdue');
  });

  it('computes quá hạn on read, lists đôn đốc per unit and counts the overdue stock', async () => {
    await createTask(ctx.store, { ...base, title: 'Số hóa hồ sơ', lead: 'C1', coordinating: [], deadline: '2025-04-01' }, at(TODAY));
    const due = await dueTasks(ctx.store, { unit: 'D' }, reporter, '2025-03-25');
    expect(due.overdue.items.map((t) => [t.title, t.daysLeft])).toEqual([['Triển khai nền tảng LGSP', -5]]);
    expect(due.dueSoon.items.map((t) => t.title)).toEqual(['Số hóa hồ sơ']);
    const page = await listTasks(ctx.store, { unit: 'A', status: 'overdue' }, admin, '2025-03-25');
    expect([page.total, page.counts.total, page.counts.overdue, page.counts.dueSoon]).toEqual([1, 2, 1, 1]);
    expect((await dueTasks(ctx.store, {}, other, '2025-03-25')).overdue.count).toBe(0);
    const q1 = parsePeriod('2025Q1');
    expect(Object.fromEntries(await tasksCounter.count(ctx.store.db, 'tasks.overdue', q1, null))).toEqual({ D: 1 });
    const records = await tasksCounter.records(ctx.store.db, 'tasks.overdue', q1, ['D', 'C1'], { limit: 10, offset: 0 });
    expect(records).toMatchObject({ total: 1, rows: [{ title: 'Triển khai nền tảng LGSP', unit: 'D', state: 'overdue', counts: 1, simulated: false }] });
  });

  it('sweeps due-soon and overdue notifications once a day, marks them read', async () => {
    const day = new Date('2025-03-25T02:00:00Z');
    const first = await sweepTaskNotifications(ctx.store, day);
    expect(first).toBe(2); // baocao_d: the overdue LGSP task and the due-soon C1 task (C1 is below D)
    expect(await sweepTaskNotifications(ctx.store, day)).toBe(0);
    const page = await listNotifications(ctx.store, reporter, { unread: true });
    expect(
      page.items
        .slice(0, 2)
        .map((n) => n.title)
        .sort(),
    ).toEqual(['Quá hạn: Triển khai nền tảng LGSP', 'Sắp đến hạn: Số hóa hồ sơ']);
    const one = await markRead(ctx.store, reporter, page.items[0]!.id);
    expect(one.unread).toBe(page.unread - 1);
    await expect(markRead(ctx.store, other, page.items[1]!.id)).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
    expect((await markRead(ctx.store, reporter, null)).unread).toBe(0);
  });

  it('builds the digest in Vietnamese, text and HTML', async () => {
    const digest = await buildDigest(ctx.store, reporter, '2025-03-25', { name: 'Cán bộ D', baseUrl: 'https://dxioc.example' });
    expect(digest.subject).toBe('[DX-IOC] Bản tin đôn đốc ngày 25/3/2025: 2 việc cần theo dõi');
    expect(digest.sections.map((s) => [s.key, s.count])).toEqual([
      ['tasks_overdue', 1],
      ['tasks_due_soon', 1],
      // The DX products' section (none registered here).
      ['products_overdue', 0],
    ]);
    expect(digest.text).toContain('Nhiệm vụ quá hạn: 1');
    expect(digest.text).toContain('Đơn vị D · hạn 20/3/2025 · quá hạn 5 ngày');
    expect(digest.html).toContain('<a href="https://dxioc.example/tasks/');
  });
});
