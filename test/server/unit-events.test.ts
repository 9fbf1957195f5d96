import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';

const TODAY = '2025-08-15';

interface Problem {
  field: string;
  message: string;
}

describeEachDialect('server: unit events (POST /api/v1/units/events, withdraw, correct)', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string> = {};
  let viewer: Record<string, string> = {};

  const post = (url: string, payload: unknown, headers = admin) => app.inject({ method: 'POST', url, payload: payload as object, headers });
  const unitAt = async (code: string, at: string) => {
    const r = await app.inject({ method: 'GET', url: `/api/v1/units/${code}?at=${at}`, headers: admin });
    return { status: r.statusCode, body: r.json() as Record<string, unknown> };
  };
  const fields = (body: string): string[] => ((JSON.parse(body) as { error: { details: Problem[] } }).error.details ?? []).map((d) => d.field).sort();
  const auditCount = async (action: string) =>
    (await ctx.store.db.selectFrom('auditEvents').select('id').where('entity', '=', 'unit_event').where('action', '=', action).execute()).length;

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await createUser(ctx.store, { username: 'qtv', role: 'admin' });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await app.ready();
    ({ headers: admin } = await login(app, 'qtv'));
    ({ headers: viewer } = await login(app, 'lanhdao'));
  });
  afterAll(async () => {
    await app.close();
  });

  it('401 without a session, 403 for a viewer, nothing written', async () => {
    const body = { kind: 'rename', code: '24612', date: '2024-01-01', fullName: 'Phường Nghĩa Thành Mới', legalBasis: 'Nghị quyết 1/NQ-HĐND' };
    expect((await post('/api/v1/units/events', body, {})).statusCode).toBe(401);
    expect((await post('/api/v1/units/events', body, viewer)).statusCode).toBe(403);
    expect((await unitAt('24612', '2024-06-01')).body.fullName).toBe('Phường Nghĩa Thành');
  });

  it('renames a commune with its legal basis: the old name before the date, the new from it, the event in the lineage, audited, aggregates flagged', async () => {
    const r = await post('/api/v1/units/events', {
      kind: 'rename',
      code: '24612',
      date: '2024-01-01',
      fullName: 'Phường Nghĩa Thành Mới',
      legalBasis: 'Nghị quyết 1/NQ-HĐND ngày 1/12/2023',
    });
    expect(r.statusCode, r.body).toBe(201);
    const answer = r.json() as {
      event: { id: number; kind: string; legalBasis: string; withdrawable: boolean; links: unknown[] };
      recompute: { required: boolean };
    };
    expect(answer.event).toMatchObject({ kind: 'rename', legalBasis: 'Nghị quyết 1/NQ-HĐND ngày 1/12/2023', withdrawable: true });
    expect(answer.recompute.required).toBe(true);
    expect((await unitAt('24612', '2023-12-31')).body).toMatchObject({ fullName: 'Phường Nghĩa Thành', validTo: '2024-01-01', parentCode: '660' });
    expect((await unitAt('24612', '2024-01-01')).body).toMatchObject({ fullName: 'Phường Nghĩa Thành Mới', validFrom: '2024-01-01', parentCode: '660' });
    const lineage = (await app.inject({ method: 'GET', url: '/api/v1/units/24612/lineage', headers: admin })).json() as {
      versions: Array<{
        unit: { validFrom: string | null };
        predecessors: Array<{ kind: string; legalBasis: string }>;
        successors: Array<{ unit: { code: string } }>;
      }>;
    };
    expect(lineage.versions).toHaveLength(2);
    expect(lineage.versions[1]!.predecessors[0]).toMatchObject({ kind: 'rename', legalBasis: 'Nghị quyết 1/NQ-HĐND ngày 1/12/2023' });
    // The 2025 merge now leads from the version in force then.
    expect(lineage.versions[1]!.successors.map((s) => s.unit.code)).toEqual(['24611']);
    expect(lineage.versions[0]!.successors.map((s) => s.unit.code)).toEqual(['24612']);
    const search = (await app.inject({ method: 'GET', url: '/api/v1/units?at=2024-06-01&q=nghia%20thanh%20moi', headers: admin })).json() as { total: number };
    expect(search.total).toBe(1);
    expect(await auditCount('create')).toBe(1);
    const state = (await app.inject({ method: 'GET', url: '/api/v1/units/recompute-state', headers: admin })).json() as { required: boolean };
    expect(state.required).toBe(true);
  });

  it('answers 422 naming each wrong field: an unknown code, a date before the unit exists, shares that do not sum to 1, no legal basis', async () => {
    const unknown = await post('/api/v1/units/events', { kind: 'rename', code: '99999', date: '2024-01-01', fullName: 'Xã A', legalBasis: 'NQ 1' });
    expect(unknown.statusCode).toBe(422);
    expect(fields(unknown.body)).toEqual(['code']);
    const early = await post('/api/v1/units/events', { kind: 'rename', code: '24615', date: '2024-01-01', fullName: 'Phường B', legalBasis: 'NQ 1/2024' });
    expect(early.statusCode).toBe(422);
    expect(fields(early.body)).toEqual(['date']);
    const shares = await post('/api/v1/units/events', {
      kind: 'split',
      code: '24611',
      date: '2024-03-01',
      legalBasis: 'NQ 2/2024',
      parts: [
        { code: '24611', fullName: 'Phường Nghĩa Đức', share: 0.5 },
        { code: '24690', fullName: 'Phường Đức Mới', share: 0.4 },
      ],
    });
    expect(shares.statusCode).toBe(422);
    expect(fields(shares.body)).toEqual(['parts']);
    const noBasis = await post('/api/v1/units/events', { kind: 'abolish', code: '24612', date: '2024-06-01', legalBasis: '' });
    expect(noBasis.statusCode).toBe(422);
    expect(fields(noBasis.body)).toEqual(['legalBasis']);
    const badDate = await post('/api/v1/units/events', { kind: 'abolish', code: '24612', date: '2024-02-30', legalBasis: 'NQ 3/2024' });
    expect(fields(badDate.body)).toEqual(['date']);
    const wrongType = await post('/api/v1/units/events', {
      kind: 'rename',
      code: '24611',
      date: '2024-01-01',
      fullName: 'Xã Nghĩa Đức',
      legalBasis: 'NQ 3/2024',
    });
    expect(fields(wrongType.body)).toEqual(['fullName']);
  });

  it('splits a ward with shares, then withdraws it: the tree is back as it was', async () => {
    const r = await post('/api/v1/units/events', {
      kind: 'split',
      code: '24611',
      date: '2024-03-01',
      legalBasis: 'NQ 2/2024',
      parts: [
        { code: '24611', fullName: 'Phường Nghĩa Đức', share: 0.6 },
        { code: '24690', fullName: 'Phường Đức Mới', share: 0.4 },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const { event } = r.json() as { event: { id: number; links: Array<{ to: { code: string }; share: number; part: string }> } };
    expect(event.links.map((l) => [l.to.code, l.share, l.part])).toEqual([
      ['24611', 0.6, 'partial'],
      ['24690', 0.4, 'partial'],
    ]);
    expect((await unitAt('24690', '2024-06-01')).body).toMatchObject({ fullName: 'Phường Đức Mới', parentCode: '660' });
    const w = await post(`/api/v1/units/events/${event.id}/withdraw`, {});
    expect(w.statusCode, w.body).toBe(200);
    expect((await unitAt('24690', '2024-06-01')).status).toBe(404);
    expect((await unitAt('24611', '2024-06-01')).body).toMatchObject({ fullName: 'Phường Nghĩa Đức', validFrom: null, validTo: '2025-07-01' });
    expect(await auditCount('withdraw')).toBe(1);
    expect((await post(`/api/v1/units/events/${event.id}/withdraw`, {})).statusCode).toBe(404);
  });

  it('merges two wards into a new one, corrects its legal basis, ends a unit; the packages’ events cannot be withdrawn', async () => {
    await post('/api/v1/units/events', { kind: 'rename', code: '24611', date: '2023-01-01', fullName: 'Phường Nghĩa Đức Cũ', legalBasis: 'NQ 0/2022' });
    const m = await post('/api/v1/units/events', {
      kind: 'merge',
      codes: ['24611', '24612'],
      date: '2024-09-01',
      legalBasis: 'NQ 9/2024',
      into: { code: '24699', fullName: 'Phường Gia Nghĩa Hợp Nhất' },
    });
    expect(m.statusCode, m.body).toBe(201);
    const id = (m.json() as { event: { id: number } }).event.id;
    expect((await unitAt('24699', '2024-10-01')).body).toMatchObject({ parentCode: '660', validTo: '2025-07-01' });
    expect((await unitAt('24612', '2024-10-01')).status).toBe(404);
    const c = await app.inject({ method: 'PATCH', url: `/api/v1/units/events/${id}`, payload: { legalBasis: 'Nghị quyết 9/NQ-UBTVQH15' }, headers: admin });
    expect(c.statusCode, c.body).toBe(200);
    expect((c.json() as { event: { legalBasis: string } }).event.legalBasis).toBe('Nghị quyết 9/NQ-UBTVQH15');
    expect(await auditCount('correct')).toBe(1);
    const end = await post('/api/v1/units/events', { kind: 'abolish', code: '24699', date: '2025-01-01', legalBasis: 'NQ 10/2024' });
    expect(end.statusCode, end.body).toBe(201);
    expect((await unitAt('24699', '2025-02-01')).status).toBe(404);
    // The merge is built on by the end: withdraw that first.
    expect((await post(`/api/v1/units/events/${id}/withdraw`, {})).statusCode).toBe(409);
    const seeded = await ctx.store.db.selectFrom('lineageEvents').select('id').where('effects', 'is', null).executeTakeFirstOrThrow();
    expect((await post(`/api/v1/units/events/${seeded.id}/withdraw`, {})).statusCode).toBe(409);
  });
});
