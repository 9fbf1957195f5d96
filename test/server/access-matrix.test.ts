/**
 * Every collection endpoint × every role: 401 without login, 403 outside the caller's role or units,
 * 200 (201 for creations) within them. Unit 67 is inside the scoped callers' units, 60 is outside.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import type { Actor, Role } from '../../src/domain/access.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { transitionSubmission } from '../../src/app/collection/workflow.ts';
import { saveDatasetAsAdmin } from '../../src/app/collection/admin.ts';

const ROLES: Role[] = ['admin', 'approver', 'reporter', 'viewer', 'api_client'];
const SYSTEM: Actor = { kind: 'user', name: 'setup', role: 'admin', unitScopes: [] };
const DATASET = {
  code: 'HA_TANG',
  name: 'Hạ tầng',
  nameEn: 'Infra',
  periodType: 'yearly',
  deadlineDays: 10,
  elements: ['XA_TONG'],
  units: [{ unit: 'VN', level: 'province' }],
};

type Needs = 'none' | 'values' | 'submitted' | 'approved';

interface Case {
  name: string;
  /** Roles allowed (in their units). */
  allowed: Role[];
  /** The request for unit `unit` and year `year`; `unit` undefined for endpoints not about a unit. */
  request: (unit: string, year: number, n: number) => InjectOptions;
  unitScoped: boolean;
  needs?: Needs;
  created?: boolean;
}

const form = (unit: string, year: number) => `/api/v1/forms/HA_TANG/${unit}/${year}`;
const CASES: Case[] = [
  { name: 'GET form', allowed: ROLES, unitScoped: true, request: (u, y) => ({ method: 'GET', url: form(u, y) }) },
  {
    name: 'PUT form',
    allowed: ['admin', 'reporter', 'api_client'],
    unitScoped: true,
    request: (u, y) => ({ method: 'PUT', url: form(u, y), payload: { values: [{ dataElement: 'XA_TONG', value: 5 }] } }),
  },
  {
    name: 'submit',
    allowed: ['admin', 'reporter'],
    unitScoped: true,
    needs: 'values',
    request: (u, y) => ({ method: 'POST', url: `${form(u, y)}/submit`, payload: {} }),
  },
  {
    name: 'approve',
    allowed: ['admin', 'approver'],
    unitScoped: true,
    needs: 'submitted',
    request: (u, y) => ({ method: 'POST', url: `${form(u, y)}/approve`, payload: {} }),
  },
  {
    name: 'return',
    allowed: ['admin', 'approver'],
    unitScoped: true,
    needs: 'submitted',
    request: (u, y) => ({ method: 'POST', url: `${form(u, y)}/return`, payload: { reason: 'thiếu' } }),
  },
  {
    name: 'reopen',
    allowed: ['admin', 'approver'],
    unitScoped: true,
    needs: 'approved',
    request: (u, y) => ({ method: 'POST', url: `${form(u, y)}/reopen`, payload: { reason: 'sửa' } }),
  },
  {
    name: 'POST data-values',
    allowed: ['admin', 'reporter', 'api_client'],
    unitScoped: true,
    request: (u, y) => ({
      method: 'POST',
      url: '/api/v1/data-values',
      payload: { values: [{ dataElement: 'XA_TONG', unit: u, period: String(y), value: 7 }] },
    }),
  },
  {
    name: 'GET history',
    allowed: ROLES,
    unitScoped: true,
    request: (u, y) => ({ method: 'GET', url: `/api/v1/data-values/history?dataElement=XA_TONG&unit=${u}&period=${y}` }),
  },
  { name: 'GET datasets', allowed: ROLES, unitScoped: false, request: () => ({ method: 'GET', url: '/api/v1/datasets' }) },
  { name: 'GET dataset', allowed: ROLES, unitScoped: false, request: () => ({ method: 'GET', url: '/api/v1/datasets/HA_TANG' }) },
  {
    name: 'POST datasets',
    allowed: ['admin'],
    unitScoped: false,
    created: true,
    request: (_u, _y, n) => ({ method: 'POST', url: '/api/v1/datasets', payload: { ...DATASET, code: `DS_${n}` } }),
  },
  { name: 'PUT dataset', allowed: ['admin'], unitScoped: false, request: () => ({ method: 'PUT', url: '/api/v1/datasets/HA_TANG', payload: DATASET }) },
  {
    name: 'GET coverage',
    allowed: ['admin', 'approver', 'viewer'],
    unitScoped: false,
    request: () => ({ method: 'GET', url: '/api/v1/datasets/HA_TANG/coverage?period=2020' }),
  },
  { name: 'GET validation-rules', allowed: ROLES, unitScoped: false, request: () => ({ method: 'GET', url: '/api/v1/validation-rules' }) },
  {
    name: 'POST validation-rules',
    allowed: ['admin'],
    unitScoped: false,
    created: true,
    request: (_u, _y, n) => ({
      method: 'POST',
      url: '/api/v1/validation-rules',
      payload: { code: `R${n}`, name: 'r', left: '#{XA_TONG}', operator: '>=', right: '0', severity: 'error', message: 'm' },
    }),
  },
];

describeEachDialect('access matrix: collection endpoints × roles', (ctx) => {
  let app: FastifyInstance;
  const headers = new Map<Role, Record<string, string>>();
  let year = 1900;
  let n = 0;

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await upsertDataElement(ctx.store.db, {
      code: 'XA_TONG',
      name: 'Tổng số xã',
      nameEn: 'Communes',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    });
    await saveDatasetAsAdmin(ctx.store, DATASET, 'create', { actor: SYSTEM });
    app = buildApp({ store: ctx.store });
    for (const role of ROLES) {
      if (role === 'api_client') {
        headers.set(role, { authorization: `Bearer ${await createToken(ctx.store, { name: 'he-thong', units: ['67'] })}` });
        continue;
      }
      await createUser(ctx.store, { username: role, role, units: role === 'admin' || role === 'viewer' ? [] : ['67'] });
      headers.set(role, (await login(app, role)).headers);
    }
  });
  afterAll(async () => app?.close());

  async function prepare(needs: Needs, unit: string, y: number): Promise<void> {
    if (needs === 'none') return;
    await recordValues(ctx.store, [{ dataElement: 'XA_TONG', unit, period: String(y), value: 3 }], { actor: SYSTEM, source: 'form' });
    const ref = { dataset: 'HA_TANG', unit, period: String(y) };
    if (needs === 'submitted' || needs === 'approved') await transitionSubmission(ctx.store, ref, 'submit', { actor: SYSTEM });
    if (needs === 'approved') await transitionSubmission(ctx.store, ref, 'approve', { actor: SYSTEM });
  }

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // Cases that change state get fresh years (the fixture's provinces exist until 2025); reads share 2020.
    const writes = c.unitScoped && c.request('67', 2020, 0).method !== 'GET';
    const nextYear = () => (writes ? ++year : 2020);
    const anonymous = await app.inject(c.request('67', nextYear(), ++n));
    expect(anonymous.statusCode, `${c.name} anonymous`).toBe(401);
    const seen: string[] = [];
    for (const role of ROLES) {
      const targets = c.unitScoped ? ['67', '60'] : ['67'];
      for (const unit of targets) {
        const y = nextYear();
        await prepare(c.needs ?? 'none', unit, y);
        const request = c.request(unit, y, ++n);
        const response = await app.inject({ ...request, headers: { ...(request.headers ?? {}), ...headers.get(role) } });
        const unscoped = role === 'admin' || role === 'viewer';
        const allowed = c.allowed.includes(role) && (unit === '67' || unscoped);
        const expected = allowed ? (c.created ? 201 : 200) : 403;
        seen.push(`${role}@${unit}:${response.statusCode}`);
        expect(response.statusCode, `${c.name} as ${role} on ${unit}: ${response.body}`).toBe(expected);
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(ROLES.length);
  });
});
