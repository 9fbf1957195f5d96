/**
 * Sản phẩm CĐS over HTTP on both databases: the 401/403 matrix over every products route (anonymous, an admin,
 * the unit's reporter, a reporter of another subtree, an approver of the province, a leader — viewer —, an API
 * token of the unit), a product's whole life with the refused step (409) and a bad body (422), and the audit.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { buildFixture } from '../store/compute-fixture.ts';
import { listAuditEvents } from '../../src/store/audit.ts';

const TODAY = '2024-07-15';

describeEachDialect('server: DX products (sản phẩm CĐS)', (ctx) => {
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};
  const ROLES = ['admin', 'bc_d', 'bc_e', 'duyet_a', 'lanhdao', 'token'] as const;
  type Who = (typeof ROLES)[number] | 'anonymous';
  const request = (method: 'GET' | 'POST' | 'PATCH', url: string, who: Who, payload?: unknown) =>
    app.inject({ method, url: `/api/v1${url}`, headers: who === 'anonymous' ? {} : as[who], ...(payload !== undefined ? { payload: payload as object } : {}) });
  const statuses = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, who: readonly Who[] = ['anonymous', ...ROLES]) => {
    const out: Record<string, number> = {};
    for (const w of who) out[w] = (await request(method, url, w, payload)).statusCode;
    return out;
  };
  const product = {
    name: 'Một cửa điện tử xã',
    kind: 'digitised_process',
    ownerUnit: 'C1',
    year: 2024,
    targetDate: '2024-12-31',
    indicators: ['RATIO'],
    registeredOn: '2024-02-10',
  };
  let id = 0;

  beforeAll(async () => {
    await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today: TODAY });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'bc_d', role: 'reporter', units: ['D'] });
    await createUser(ctx.store, { username: 'bc_e', role: 'reporter', units: ['E'] });
    await createUser(ctx.store, { username: 'duyet_a', role: 'approver', units: ['A'] });
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    for (const who of ['admin', 'bc_d', 'bc_e', 'duyet_a', 'lanhdao'] as const) as[who] = (await login(app, who)).headers;
    as.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'he-thong-d', units: ['D'] })}` };
  });
  afterAll(async () => app?.close());

  it('register: 401 anonymous; the unit reporter and admins; 403 for the others (a token, a viewer, an approver)', async () => {
    expect(await statuses('POST', '/products', product, ['anonymous', 'bc_e', 'duyet_a', 'lanhdao', 'token'])).toEqual({
      anonymous: 401,
      bc_e: 403,
      duyet_a: 403,
      lanhdao: 403,
      token: 403,
    });
    const created = await request('POST', '/products', 'bc_d', product);
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({ state: 'registered', owner: { unit: 'C1', agency: null }, indicators: [{ code: 'RATIO' }] });
    expect((await request('POST', '/products', 'admin', { ...product, registeredOn: undefined, name: 'Kho dữ liệu', kind: 'database' })).statusCode).toBe(201);
    expect((await request('POST', '/products', 'admin', { ...product, kind: 'app' })).statusCode).toBe(400);
    const bad = await request('POST', '/products', 'admin', { ...product, indicators: ['NOPE'] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['indicators[0]']);
  });

  it('reads: 401 anonymous; everyone who may read the unit; 403 outside it', async () => {
    expect(await statuses('GET', `/products/${id}`)).toEqual({ anonymous: 401, admin: 200, bc_d: 200, bc_e: 403, duyet_a: 200, lanhdao: 200, token: 200 });
    expect(await statuses('GET', '/products?unit=A&year=2024')).toEqual({
      anonymous: 401,
      admin: 200,
      bc_d: 403,
      bc_e: 403,
      duyet_a: 200,
      lanhdao: 200,
      token: 403,
    });
    expect(await statuses('GET', '/products?unit=D&year=2024')).toMatchObject({ bc_d: 200, token: 200, bc_e: 403 });
    expect(await statuses('GET', '/products/overdue')).toEqual({ anonymous: 401, admin: 200, bc_d: 200, bc_e: 200, duyet_a: 200, lanhdao: 200, token: 200 });
    expect((await request('GET', '/products/overdue', 'bc_e')).json()).toEqual({ today: TODAY, items: [] });
    expect(await statuses('GET', '/products/units-without-product?unit=A&year=2024&level=commune')).toEqual({
      anonymous: 401,
      admin: 200,
      bc_d: 403,
      bc_e: 403,
      duyet_a: 200,
      lanhdao: 200,
      token: 403,
    });
    const check = (await request('GET', '/products/units-without-product?unit=A&year=2024&level=commune', 'lanhdao')).json();
    expect(check).toMatchObject({ total: 3, withProduct: 1, units: [{ code: 'C2' }, { code: 'C3' }], agencies: { knowable: false } });
    const list = (await request('GET', '/products?unit=A&year=2024', 'lanhdao')).json();
    expect(list.counts).toMatchObject({ registered: 2, completed: 0, byLevel: { commune: { registered: 2, completed: 0 } } });
    expect(list.items[0].abilities).toEqual({ edit: false, start: false, complete: false, evaluate: false, withdraw: false });
    expect((await request('GET', '/products/99999', 'admin')).statusCode).toBe(404);
  });

  it('edit: the unit reporter and admins; 403 for the others', async () => {
    expect(await statuses('PATCH', `/products/${id}`, { name: 'Một cửa điện tử xã C1' }, ['anonymous', 'bc_e', 'duyet_a', 'lanhdao', 'token'])).toEqual({
      anonymous: 401,
      bc_e: 403,
      duyet_a: 403,
      lanhdao: 403,
      token: 403,
    });
    const edited = await request('PATCH', `/products/${id}`, 'bc_d', { name: 'Một cửa điện tử xã C1' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().name).toBe('Một cửa điện tử xã C1');
  });

  it('steps: reporters start and complete with evidence, approvers evaluate; a refused step is 409', async () => {
    const step = (body: object) => statuses('POST', `/products/${id}/transitions`, body, ['anonymous', 'bc_e', 'lanhdao', 'token']);
    expect(await step({ action: 'start' })).toEqual({ anonymous: 401, bc_e: 403, lanhdao: 403, token: 403 });
    expect((await request('POST', `/products/${id}/transitions`, 'duyet_a', { action: 'start' })).statusCode).toBe(403);
    expect(
      (await request('POST', `/products/${id}/transitions`, 'bc_d', { action: 'complete', evidence: [{ kind: 'link', url: 'https://x.vn/a' }] })).statusCode,
    ).toBe(409);
    expect((await request('POST', `/products/${id}/transitions`, 'bc_d', { action: 'start', on: '2024-03-01' })).json().state).toBe('in_progress');
    expect((await request('POST', `/products/${id}/transitions`, 'bc_d', { action: 'complete' })).statusCode).toBe(422);
    const done = await request('POST', `/products/${id}/transitions`, 'bc_d', {
      action: 'complete',
      on: '2024-06-20',
      evidence: [{ kind: 'document', number: '20/QĐ-UBND', date: '2024-06-20', issuer: 'UBND xã C1' }],
    });
    expect(done.json()).toMatchObject({ state: 'completed', completedOn: '2024-06-20' });
    const evaluate = { action: 'evaluate', grade: 'excellent', score: 95, comment: 'Hiệu quả rõ' };
    expect((await request('POST', `/products/${id}/transitions`, 'bc_d', evaluate)).statusCode).toBe(403);
    expect(await step(evaluate)).toEqual({ anonymous: 401, bc_e: 403, lanhdao: 403, token: 403 });
    expect((await request('POST', `/products/${id}/transitions`, 'duyet_a', evaluate)).json()).toMatchObject({
      state: 'evaluated',
      evaluation: { grade: 'excellent' },
    });
    expect((await request('POST', `/products/${id}/transitions`, 'admin', { action: 'withdraw' })).statusCode).toBe(409);
    expect((await request('PATCH', `/products/${id}`, 'admin', { name: 'x' })).statusCode).toBe(409);
    const detail = (await request('GET', `/products/${id}`, 'lanhdao')).json();
    expect(detail.steps.map((s: { action: string }) => s.action)).toEqual(['register', 'edit', 'start', 'complete', 'evaluate']);
    const events = await listAuditEvents(ctx.store.db, [{ entity: 'dx_product', entityKey: String(id) }]);
    expect(events.map((e) => [e.actorName, e.action])).toEqual([
      ['bc_d', 'register'],
      ['bc_d', 'edit'],
      ['bc_d', 'start'],
      ['bc_d', 'complete'],
      ['duyet_a', 'evaluate'],
    ]);
  });
});
