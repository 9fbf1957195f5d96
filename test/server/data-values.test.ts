import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import type { DataElement } from '../../src/domain/metadata.ts';
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING } from '../../src/domain/formula.ts';

const element = (code: string, valueType: DataElement['valueType'] = 'integer'): DataElement => ({
  code,
  name: code,
  nameEn: code,
  valueType,
  timeAggregation: 'last',
  hierarchyAggregation: 'none',
  periodType: 'yearly',
});

describeEachDialect('batch API and validation rules (HTTP)', (ctx) => {
  let app: FastifyInstance;
  let admin: Record<string, string>;
  let bearer: Record<string, string>;
  const valueRows = async () =>
    Number(
      (
        await ctx.store.db
          .selectFrom('dataValues')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const post = (headers: Record<string, string>, payload: object) => app.inject({ method: 'POST', url: '/api/v1/data-values', headers, payload });

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    for (const code of ['THON_BANG_RONG', 'THON_TONG']) await upsertDataElement(ctx.store.db, element(code));
    await upsertDataElement(ctx.store.db, element('TL_THON_BANG_RONG', 'percentage'));
    app = buildApp({ store: ctx.store, today: () => '2024-01-05' });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    admin = (await login(app, 'admin')).headers;
    bearer = { authorization: `Bearer ${await createToken(ctx.store, { name: 'mot-cua', units: ['67'] })}` };
    const rule = await app.inject({
      method: 'POST',
      url: '/api/v1/validation-rules',
      headers: admin,
      payload: {
        kind: 'rate_consistency',
        code: 'TL_THON',
        name: 'Tỷ lệ thôn có băng rộng',
        countElement: 'THON_BANG_RONG',
        totalElement: 'THON_TONG',
        rateElement: 'TL_THON_BANG_RONG',
        severity: 'warning',
        message: 'Tỷ lệ không khớp / rate mismatch',
      },
    });
    expect(rule.statusCode).toBe(201);
  });
  afterAll(async () => app?.close());

  const v = (dataElement: string, value: unknown, over: Record<string, unknown> = {}) => ({ dataElement, unit: '67', period: '2023', value, ...over });

  it('one bad item: 422 naming it, nothing written', async () => {
    const before = await valueRows();
    const response = await post(bearer, { values: [v('THON_TONG', 19), v('THON_BANG_RONG', 'mười bảy'), v('THON_TONG', 5, { unit: '60' })] });
    expect(response.statusCode).toBe(403); // unit 60 is outside the token's units: refused before anything else
    const invalid = await post(bearer, { values: [v('THON_TONG', 19), v('THON_BANG_RONG', 'mười bảy')] });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ index: 1, field: 'value' }] });
    expect(await valueRows()).toBe(before);
  });

  it('the same batch twice with one Idempotency-Key is written once; another body → 409', async () => {
    const body = { values: [v('THON_TONG', 624), v('THON_BANG_RONG', 585), v('TL_THON_BANG_RONG', 93.8)] };
    const headers = { ...bearer, 'idempotency-key': 'push-2023-001' };
    const first = await post(headers, body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ created: 3, updated: 0, unchanged: 0, warnings: [] });
    const written = await valueRows();
    const second = await post(headers, body);
    expect(second.json()).toEqual(first.json());
    expect(await valueRows()).toBe(written);
    const other = await post(headers, { values: [v('THON_TONG', 625)] });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('CONFLICT');
  });

  it('a mismatched rate (17/19 as 89,4%) is refused until accepted with a comment', async () => {
    const values: Array<Record<string, unknown>> = [
      v('THON_BANG_RONG', 17, { period: '2022' }),
      v('THON_TONG', 19, { period: '2022' }),
      v('TL_THON_BANG_RONG', 89.4, { period: '2022' }),
    ];
    const refused = await post(bearer, { values });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ index: 0, rule: 'TL_THON', severity: 'warning' })]);
    values[0] = { ...values[0]!, comment: 'Theo báo cáo của Sở' };
    const accepted = await post(bearer, { values, acceptWarnings: [{ index: 0, rule: 'TL_THON' }] });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ created: 3, warnings: [{ index: 0, rule: 'TL_THON' }] });
  });

  it('history lists every version and the audit events with who and from where', async () => {
    expect((await post(bearer, { values: [v('THON_TONG', 630), v('TL_THON_BANG_RONG', 92.9)] })).statusCode).toBe(200);
    const response = await app.inject({ method: 'GET', url: '/api/v1/data-values/history?dataElement=THON_TONG&unit=67&period=2023', headers: admin });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.versions.map((x: { value: number; author: string; source: string }) => [x.value, x.author, x.source])).toEqual([
      [624, 'mot-cua', 'api'],
      [630, 'mot-cua', 'api'],
    ]);
    // Written by the batch API, outside any form's workflow: "ghi trực tiếp", not a draft waiting for submission.
    expect(body.versions.map((x: { status: string }) => x.status)).toEqual(['direct', 'direct']);
    expect(
      body.events.map((e: { action: string; actorKind: string; before: unknown; after: { value: number } }) => [e.action, e.actorKind, e.after.value]),
    ).toEqual([
      ['created', 'token', 624],
      ['updated', 'token', 630],
    ]);
    const bad = await app.inject({ method: 'GET', url: '/api/v1/data-values/history?dataElement=THON_TONG&unit=67', headers: admin });
    expect(bad.statusCode).toBe(400);
  });

  it('rules: a formula too long or too deeply nested is a 422 naming the field and the position, not a 500', async () => {
    const rule = (left: string) => ({ code: 'R_DEEP', name: 'r', left, operator: '<=', right: '#{THON_TONG}', severity: 'error', message: 'm' });
    const cases: Array<[string, number]> = [
      [`${'('.repeat(50_000)}#{THON_BANG_RONG}${')'.repeat(50_000)}`, MAX_FORMULA_LENGTH],
      [`${'('.repeat(MAX_FORMULA_NESTING + 1)}#{THON_BANG_RONG}${')'.repeat(MAX_FORMULA_NESTING + 1)}`, MAX_FORMULA_NESTING],
      [`#{THON_BANG_RONG} * ${'-'.repeat(1000)}1`, 20 + MAX_FORMULA_NESTING],
    ];
    for (const [left, position] of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/validation-rules', headers: admin, payload: rule(left) });
      expect([res.statusCode, res.json().error.code]).toEqual([422, 'VALIDATION_FAILED']);
      expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'rule.left', position })]);
    }
    const list = await app.inject({ method: 'GET', url: '/api/v1/validation-rules', headers: admin });
    expect(list.json().items.map((r: { code: string }) => r.code)).not.toContain('R_DEEP');
  });

  it('rules: a bad formula names its field; the list shows stored rules', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/validation-rules',
      headers: admin,
      payload: { code: 'R1', name: 'r', left: '#{THON_BANG_RONG} +', operator: '<=', right: '#{THON_TONG}', severity: 'error', message: 'm' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'rule.left' })]);
    const good = await app.inject({
      method: 'POST',
      url: '/api/v1/validation-rules',
      headers: admin,
      payload: {
        code: 'R1',
        name: 'thôn ≤ tổng',
        left: '#{THON_BANG_RONG}',
        operator: '<=',
        right: '#{THON_TONG}',
        severity: 'error',
        message: 'Số thôn có băng rộng ≤ tổng số thôn',
      },
    });
    expect(good.statusCode).toBe(201);
    const refused = await post(bearer, { values: [v('THON_BANG_RONG', 700)] });
    expect(refused.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ index: 0, rule: 'R1', severity: 'error' })]));
    const list = await app.inject({ method: 'GET', url: '/api/v1/validation-rules', headers: bearer });
    expect(list.json().items.map((r: { code: string }) => r.code)).toEqual(['R1', 'TL_THON']);
  });
});
