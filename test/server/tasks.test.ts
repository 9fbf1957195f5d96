/**
 * Nhiệm vụ and the notification centre over HTTP, on both databases (issue 13 item 1): the 401/403 matrix over
 * every new route (admin, an approver and a reporter of the lead unit D, a reporter of another unit E, a leader
 * — viewer —, an API token of D, anonymous); the reporter's progress and completion; 409 for a refused step;
 * the bell's count; the digest, previewed in the app and sent through a local SMTP catcher on 127.0.0.1 (never an
 * outside address), checking the recipient, the subject and the Vietnamese body.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { upsertPlan } from '../../src/store/metadata/repo.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { buildFixture } from '../store/compute-fixture.ts';
import { listAuditEvents } from '../../src/store/audit.ts';

const TODAY = '2025-03-15';
const WHO = ['anonymous', 'admin', 'duyet_d', 'bc_d', 'bc_e', 'lanhdao', 'token'] as const;
type Who = (typeof WHO)[number];

describeEachDialect('server: tasks and notifications', (ctx) => {
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};
  const request = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: Who, payload?: unknown) =>
    app.inject({ method, url: `/api/v1${url}`, headers: who === 'anonymous' ? {} : as[who], ...(payload !== undefined ? { payload: payload as object } : {}) });
  const statuses = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, who: readonly Who[] = WHO) => {
    const out: Record<string, number> = {};
    for (const w of who) out[w] = (await request(method, url, w, payload)).statusCode;
    return out;
  };
  const task = {
    plan: 'KH_A',
    title: 'Triển khai nền tảng LGSP',
    lead: 'D',
    coordinating: ['C1'],
    startDate: '2025-01-02',
    deadline: '2025-03-20',
    milestones: [{ title: 'Khảo sát', dueDate: '2025-02-01' }],
  };
  let id = 0;

  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    await upsertPlan(ctx.store.db, { code: 'KH_A', name: 'Kế hoạch CĐS của A', nameEn: 'A plan', unitCode: 'A', targets: [] });
    app = buildApp({ store: ctx.store, today: () => TODAY, now: () => new Date(`${TODAY}T02:00:00Z`) });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'duyet_d', role: 'approver', units: ['D@2025-01-01'] });
    await createUser(ctx.store, { username: 'bc_d', role: 'reporter', units: ['D@2025-01-01'], displayName: 'Nguyễn Văn Đông' });
    await createUser(ctx.store, { username: 'bc_e', role: 'reporter', units: ['E@2025-01-01'] });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    for (const who of ['admin', 'duyet_d', 'bc_d', 'bc_e', 'lanhdao'] as const) as[who] = (await login(app, who)).headers;
    as.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'he-thong-d', units: ['D@2025-01-01'] })}` };
  });
  afterAll(async () => app?.close());

  it('lets only an admin create a task', async () => {
    const s = await statuses('POST', '/tasks', task, ['anonymous', 'duyet_d', 'bc_d', 'bc_e', 'lanhdao', 'token']);
    expect(s).toEqual({ anonymous: 401, duyet_d: 403, bc_d: 403, bc_e: 403, lanhdao: 403, token: 403 });
    const created = await request('POST', '/tasks', 'admin', task);
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({ state: 'not_started', status: 'not_started', dueSoon: true, lead: { code: 'D' }, coordinating: [{ code: 'C1' }] });
    expect((await request('POST', '/tasks', 'admin', { ...task, deadline: '2024-01-01' })).statusCode).toBe(422);
    expect((await request('POST', '/tasks', 'admin', { ...task, plan: 'NOPE' })).statusCode).toBe(404);
  });

  it('lets readers of the lead or a coordinating unit, leaders and admins read', async () => {
    expect(await statuses('GET', '/tasks')).toEqual({ anonymous: 401, admin: 200, duyet_d: 200, bc_d: 200, bc_e: 200, lanhdao: 200, token: 200 });
    expect((await request('GET', '/tasks', 'bc_e')).json().total).toBe(0);
    expect((await request('GET', '/tasks?unit=A', 'bc_d')).json().total).toBe(1);
    expect(await statuses('GET', `/tasks/${id}`)).toEqual({ anonymous: 401, admin: 200, duyet_d: 200, bc_d: 200, bc_e: 403, lanhdao: 200, token: 200 });
    expect((await request('GET', '/tasks/999999', 'admin')).statusCode).toBe(404);
    expect(await statuses('GET', '/tasks/due?unit=D')).toEqual({ anonymous: 401, admin: 200, duyet_d: 200, bc_d: 200, bc_e: 200, lanhdao: 200, token: 200 });
    const due = (await request('GET', '/tasks/due?unit=D', 'lanhdao')).json();
    expect([due.overdue.count, due.dueSoon.count, due.dueSoon.items[0].daysLeft]).toEqual([0, 1, 5]);
  });

  it('lets only admins edit, pause and resume; the lead unit’s reporter report progress and tick milestones', async () => {
    const others = ['anonymous', 'duyet_d', 'bc_d', 'bc_e', 'lanhdao', 'token'] as const;
    expect(await statuses('PUT', `/tasks/${id}`, { ...task, title: 'Triển khai LGSP tỉnh' }, others)).toEqual({
      anonymous: 401,
      duyet_d: 403,
      bc_d: 403,
      bc_e: 403,
      lanhdao: 403,
      token: 403,
    });
    expect((await request('PUT', `/tasks/${id}`, 'admin', { ...task, title: 'Triển khai LGSP tỉnh' })).json().title).toBe('Triển khai LGSP tỉnh');
    expect(await statuses('POST', `/tasks/${id}/pause`, { reason: 'Chờ kinh phí' }, others)).toEqual({
      anonymous: 401,
      duyet_d: 403,
      bc_d: 403,
      bc_e: 403,
      lanhdao: 403,
      token: 403,
    });
    expect((await request('POST', `/tasks/${id}/resume`, 'admin', {})).statusCode).toBe(409);
    expect((await request('POST', `/tasks/${id}/pause`, 'admin', { reason: 'Chờ kinh phí' })).json()).toMatchObject({
      state: 'paused',
      pauseReason: 'Chờ kinh phí',
    });
    const refused = await request('POST', `/tasks/${id}/progress`, 'bc_d', { percent: 40, content: 'Đang cài đặt' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await request('POST', `/tasks/${id}/resume`, 'admin', {})).json().state).toBe('in_progress');
    const progress = { percent: 40, content: 'Đang cài đặt máy chủ' };
    expect(await statuses('POST', `/tasks/${id}/progress`, progress, ['anonymous', 'duyet_d', 'bc_e', 'lanhdao', 'token'])).toEqual({
      anonymous: 401,
      duyet_d: 403,
      bc_e: 403,
      lanhdao: 403,
      token: 403,
    });
    const reported = await request('POST', `/tasks/${id}/progress`, 'bc_d', progress);
    expect([reported.statusCode, reported.json().percent, reported.json().progress[0].by]).toEqual([200, 40, 'bc_d']);
    const milestone = reported.json().milestones[0].id;
    expect(
      await statuses('PUT', `/tasks/${id}/milestones/${milestone}`, { doneOn: '2025-02-03' }, ['anonymous', 'duyet_d', 'bc_e', 'lanhdao', 'token']),
    ).toEqual({ anonymous: 401, duyet_d: 403, bc_e: 403, lanhdao: 403, token: 403 });
    expect((await request('PUT', `/tasks/${id}/milestones/${milestone}`, 'bc_d', { doneOn: '2025-02-03' })).json().milestones[0].doneOn).toBe('2025-02-03');
  });

  it('lets the lead unit’s reporter complete with evidence, then refuses everything but an admin’s reopen', async () => {
    const done = { completedOn: TODAY, evidence: [{ kind: 'document', number: '15/BC-STTTT', date: TODAY }] };
    expect(await statuses('POST', `/tasks/${id}/complete`, done, ['anonymous', 'duyet_d', 'bc_e', 'lanhdao', 'token'])).toEqual({
      anonymous: 401,
      duyet_d: 403,
      bc_e: 403,
      lanhdao: 403,
      token: 403,
    });
    expect((await request('POST', `/tasks/${id}/complete`, 'bc_d', { ...done, evidence: [] })).statusCode).toBe(400);
    const completed = await request('POST', `/tasks/${id}/complete`, 'bc_d', done);
    expect(completed.json()).toMatchObject({ state: 'completed', onTime: true, percent: 100, actions: [] });
    expect((await request('POST', `/tasks/${id}/progress`, 'bc_d', { percent: 100, content: 'x' })).statusCode).toBe(409);
    expect((await request('POST', `/tasks/${id}/reopen`, 'bc_d', {})).statusCode).toBe(403);
    const audit = await listAuditEvents(ctx.store.db, [{ entity: 'task', entityKey: String(id) }]);
    expect(audit.map((e) => e.action)).toEqual(['create', 'edit', 'pause', 'resume', 'progress', 'milestone', 'complete']);
  });

  it('notifies the units’ users; the bell counts them; each user marks only their own read', async () => {
    expect(await statuses('GET', '/notifications/unread-count')).toEqual({
      anonymous: 401,
      admin: 200,
      duyet_d: 200,
      bc_d: 200,
      bc_e: 200,
      lanhdao: 200,
      token: 403,
    });
    expect(await statuses('GET', '/notifications')).toEqual({ anonymous: 401, admin: 200, duyet_d: 200, bc_d: 200, bc_e: 200, lanhdao: 200, token: 403 });
    const mine = (await request('GET', '/notifications', 'duyet_d')).json();
    expect(mine.items.map((n: { kind: string }) => n.kind)).toEqual(['task_completed', 'task_progress', 'task_assigned']);
    expect((await request('GET', '/notifications/unread-count', 'bc_e')).json()).toEqual({ unread: 0 });
    const first = mine.items[0].id;
    expect(await statuses('POST', `/notifications/${first}/read`, undefined, ['anonymous', 'bc_e', 'token'])).toEqual({
      anonymous: 401,
      bc_e: 404,
      token: 403,
    });
    expect((await request('POST', `/notifications/${first}/read`, 'duyet_d')).json()).toEqual({ marked: 1, unread: 2 });
    expect(await statuses('POST', '/notifications/read-all', undefined, ['anonymous', 'token'])).toEqual({ anonymous: 401, token: 403 });
    expect((await request('POST', '/notifications/read-all', 'duyet_d')).json()).toEqual({ marked: 2, unread: 0 });
  });

  it('shows the digest in the app and mails it through a configured SMTP server (a local catcher)', async () => {
    await request('POST', '/tasks', 'admin', { ...task, title: 'Số hóa hồ sơ một cửa', deadline: '2025-03-10' });
    expect(await statuses('GET', '/notifications/digest')).toEqual({
      anonymous: 401,
      admin: 200,
      duyet_d: 200,
      bc_d: 200,
      bc_e: 200,
      lanhdao: 200,
      token: 403,
    });
    const digest = (await request('GET', '/notifications/digest', 'bc_d')).json();
    expect(digest.subject).toBe('[DX-IOC] Bản tin đôn đốc ngày 15/3/2025: 1 việc cần theo dõi');
    expect(digest.sections[0]).toMatchObject({ key: 'tasks_overdue', count: 1, items: [{ title: 'Số hóa hồ sơ một cửa' }] });
    const run = { send: true };
    expect(await statuses('POST', '/notifications/digest/run', run, ['anonymous', 'duyet_d', 'bc_d', 'lanhdao', 'token'])).toEqual({
      anonymous: 401,
      duyet_d: 403,
      bc_d: 403,
      lanhdao: 403,
      token: 403,
    });
    // Without SMTP: the preview works, sending is refused.
    expect((await request('POST', '/notifications/digest/run', 'admin', {})).json()).toMatchObject({ configured: false, sent: [] });
    expect((await request('POST', '/notifications/digest/run', 'admin', run)).statusCode).toBe(422);

    const received: Array<{ to: string[]; raw: string }> = [];
    const catcher = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
    const { port } = catcher.server.address() as AddressInfo;
    process.env.DXIOC_SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.DXIOC_MAIL_FROM = 'DX-IOC <dxioc@localhost>';
    try {
      expect((await request('PATCH', '/users/bc_d', 'admin', { email: 'bc.d@so-tttt.test' })).json().email).toBe('bc.d@so-tttt.test');
      const sent = (await request('POST', '/notifications/digest/run', 'admin', run)).json();
      expect(sent.sent).toEqual([{ username: 'bc_d', email: 'bc.d@so-tttt.test', total: 1 }]);
      expect(sent.withoutEmail).toEqual(expect.arrayContaining(['admin', 'duyet_d', 'lanhdao']));
      expect(received.map((m) => m.to)).toEqual([['bc.d@so-tttt.test']]);
      const raw = received[0]!.raw;
      expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
      expect(decodeMime(raw)).toContain('Kính gửi Nguyễn Văn Đông');
      expect(decodeMime(raw)).toContain('Nhiệm vụ quá hạn: 1');
      expect(decodeMime(raw)).toContain('Số hóa hồ sơ một cửa');
      expect(decodeSubject(raw)).toBe('[DX-IOC] Bản tin đôn đốc ngày 15/3/2025: 1 việc cần theo dõi');
    } finally {
      delete process.env.DXIOC_SMTP_URL;
      delete process.env.DXIOC_MAIL_FROM;
      await new Promise<void>((resolve) => catcher.close(() => resolve()));
    }
  });
});

/** The text parts of a MIME message, quoted-printable or base64 decoded. */
function decodeMime(raw: string): string {
  const out: string[] = [];
  for (const part of raw.split(/\r?\n--/)) {
    const [head = '', ...body] = part.split(/\r?\n\r?\n/);
    const text = body.join('\n\n');
    if (/Content-Transfer-Encoding: quoted-printable/i.test(head))
      out.push(
        Buffer.from(
          text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
      );
    else if (/Content-Transfer-Encoding: base64/i.test(head)) out.push(Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else out.push(text);
  }
  return out.join('\n');
}

/** The Subject header, RFC 2047 decoded. */
function decodeSubject(raw: string): string {
  const header = /^Subject: ((?:.*)(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}
