/**
 * The community tech teams over HTTP, on both databases, the 401/403 matrix over every route: a leader (viewer), an
 * approver of another subtree, a token of another unit and an anonymous caller never see a member's name or phone
 * (every answer searched for them); the commune's reporter and approver, its token and an admin do, and each such
 * read is audited (entity team_members, action read).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { buildFixture } from '../store/compute-fixture.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { createTeam, addMember } from '../../src/app/teams/commands.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';

const TODAY = '2026-01-15';
const NAME = 'Người Riêng Tư';
const PHONE = '0933111222';

describeEachDialect('server: community tech teams and their personal data', (ctx) => {
  let app: FastifyInstance;
  let teamId = 0;
  const as: Record<string, Record<string, string>> = {};
  const WHO = ['admin', 'bc_a', 'duyet_a', 'token_a', 'lanhdao', 'duyet_b', 'token_b', 'anonymous'] as const;
  type Who = (typeof WHO)[number];
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: Who, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: who === 'anonymous' ? {} : as[who], ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    teamId = await createTeam(
      ctx.store,
      {
        unit: 'C1',
        level: 'commune',
        village: null,
        name: 'Tổ CNSCĐ xã C1',
        decisionNumber: '1/QĐ',
        decisionDate: '2024-02-10',
        decisionIssuer: 'UBND xã C1',
        dissolvedOn: null,
      },
      { actor: CLI_ACTOR, today: TODAY },
    );
    await addMember(
      ctx.store,
      teamId,
      { name: NAME, role: 'leader', phone: PHONE, villageServed: 'Thôn Một', joinedOn: '2024-02-10', leftOn: null },
      { actor: CLI_ACTOR, today: TODAY },
    );
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'bc_a', role: 'reporter', units: ['A@2024-01-01'] });
    await createUser(ctx.store, { username: 'duyet_a', role: 'approver', units: ['A@2024-01-01'] });
    await createUser(ctx.store, { username: 'duyet_b', role: 'approver', units: ['B@2024-01-01'] });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    for (const u of ['admin', 'bc_a', 'duyet_a', 'duyet_b', 'lanhdao']) as[u] = (await login(app, u)).headers;
    as.token_a = { authorization: `Bearer ${await createToken(ctx.store, { name: 'dvc_a', units: ['A@2024-01-01'] })}` };
    as.token_b = { authorization: `Bearer ${await createToken(ctx.store, { name: 'dvc_b', units: ['B@2024-01-01'] })}` };
  });
  afterAll(async () => app?.close());

  it('shows the member list only to the commune’s own people and the admin, auditing each read', async () => {
    const statuses: Record<string, number> = {};
    const leaked: string[] = [];
    for (const who of WHO) {
      const answers = [
        await call('GET', `/teams/${teamId}/members`, who),
        await call('GET', `/teams/${teamId}`, who),
        await call('GET', '/teams?unit=A&at=2024-06-30', who),
        await call('GET', '/registries/records?element=X&unit=A&period=2024Q2', who),
      ];
      statuses[who] = answers[0]!.statusCode;
      for (const [i, a] of answers.entries()) if (i > 0 && (a.body.includes(NAME) || a.body.includes(PHONE))) leaked.push(`${who} ${i}`);
      if (answers[0]!.statusCode === 200) expect(answers[0]!.json().items[0]).toMatchObject({ name: NAME, phone: PHONE });
      else expect(answers[0]!.body.includes(NAME) || answers[0]!.body.includes(PHONE)).toBe(false);
    }
    expect(statuses).toEqual({ admin: 200, bc_a: 200, duyet_a: 200, token_a: 200, lanhdao: 403, duyet_b: 403, token_b: 403, anonymous: 401 });
    expect(leaked).toEqual([]);
    const reads = await ctx.store.db.selectFrom('auditEvents').select(['actorName', 'action']).where('entity', '=', 'team_members').execute();
    expect(reads.map((r) => r.actorName).sort()).toEqual(['admin', 'bc_a', 'duyet_a', 'dvc_a']);
  });

  it('answers 401/403 on the writes and the import to those who may not write the commune', async () => {
    const body = { unit: 'C2', level: 'commune', name: 'Tổ CNSCĐ xã C2', decisionNumber: '2/QĐ', decisionDate: '2024-02-10', decisionIssuer: 'UBND xã C2' };
    const member = { name: 'Người Mới', role: 'member', joinedOn: '2024-03-01' };
    const statuses: Record<string, number[]> = {};
    for (const who of ['anonymous', 'lanhdao', 'duyet_a', 'duyet_b', 'token_b'] as const)
      statuses[who] = [
        (await call('POST', '/teams', who, body)).statusCode,
        (await call('PUT', `/teams/${teamId}`, who, { ...body, unit: 'C1' })).statusCode,
        (await call('POST', `/teams/${teamId}/members`, who, member)).statusCode,
        (await call('POST', `/teams/${teamId}/activities`, who, { heldOn: '2024-03-02', title: 'Hướng dẫn', peopleSupported: 3 })).statusCode,
      ];
    expect(statuses).toEqual({
      anonymous: [401, 401, 401, 401],
      lanhdao: [403, 403, 403, 403],
      duyet_a: [403, 403, 403, 403],
      duyet_b: [403, 403, 403, 403],
      token_b: [403, 403, 403, 403],
    });
    expect((await call('POST', '/teams', 'bc_a', body)).statusCode).toBe(201);
    expect((await call('POST', `/teams/${teamId}/activities`, 'token_a', { heldOn: '2024-03-02', title: 'Hướng dẫn', peopleSupported: 3 })).statusCode).toBe(
      201,
    );
    expect((await call('GET', '/teams/template.xlsx', 'anonymous')).statusCode).toBe(401);
    const template = await call('GET', '/teams/template.xlsx', 'bc_a');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
  });
});
