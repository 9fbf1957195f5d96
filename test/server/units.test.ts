import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Unit, UnitLineage } from '../../src/domain/units.ts';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { BEFORE, REFORM, seedUnits } from './fixtures/seed-units.ts';

const TODAY = '2025-08-15';
const UNIT_KEYS = [
  'code',
  'level',
  'type',
  'name',
  'nameEn',
  'fullName',
  'fullNameEn',
  'validFrom',
  'validTo',
  'validToKnown',
  'codeOfficial',
  'parentCode',
  'note',
];

interface UnitList {
  items: Unit[];
  total: number;
  limit: number;
  offset: number;
  at: string;
}

interface ErrorBody {
  error: { code: string; message: string; details?: Array<Record<string, unknown>> };
}

describeEachDialect('server: /api/v1/units', (ctx) => {
  let app: FastifyInstance;
  let headers: Record<string, string> = {};

  const get = (url: string) => app.inject({ method: 'GET', url, headers });
  const list = async (query: string): Promise<UnitList> => {
    const response = await get(`/api/v1/units?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as UnitList;
  };
  const codes = (body: UnitList): string[] => body.items.map((u) => u.code).sort();

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    await createUser(ctx.store, { username: 'lanhdao', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    await app.ready();
    ({ headers } = await login(app, 'lanhdao'));
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the provinces as they stood before the reform, with open dates shown as null', async () => {
    const body = await list(`level=province&at=${BEFORE}`);
    expect(codes(body)).toEqual(['60', '67', '68']);
    expect(body).toMatchObject({ total: 3, limit: 100, offset: 0, at: BEFORE });
    const dakNong = body.items.find((u) => u.code === '67');
    expect(dakNong).toMatchObject({ name: 'Đắk Nông', level: 'province', validFrom: null, validTo: REFORM, parentCode: 'VN', codeOfficial: true });
  });

  it('lists only the new Lâm Đồng from 1/7/2025', async () => {
    const body = await list(`level=province&at=${REFORM}`);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ code: '68', name: 'Lâm Đồng', validFrom: REFORM, validTo: null });
  });

  it('answers only the listed Unit fields (no ids, search text or source)', async () => {
    const body = await list(`level=commune&at=${BEFORE}`);
    expect(body.items.length).toBeGreaterThan(0);
    for (const unit of body.items) expect(Object.keys(unit).sort()).toEqual([...UNIT_KEYS].sort());
  });

  it('filters by parent at the date: the wards of Gia Nghĩa before, of Lâm Đồng after', async () => {
    expect(codes(await list(`parent=660&at=${BEFORE}`))).toEqual(['24611', '24612']);
    const after = await list(`parent=68&level=commune&at=${REFORM}`);
    expect(codes(after)).toEqual(['24611', '24615']);
    expect(after.items.find((u) => u.code === '24611')?.name).toBe('Bắc Gia Nghĩa');
  });

  it('a parent that does not exist, or is not in force at the date, is 404 UNIT_NOT_FOUND, not an empty page', async () => {
    const unknown = await get('/api/v1/units?parent=NOPE&level=commune');
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as ErrorBody).error).toEqual({ code: 'UNIT_NOT_FOUND', message: expect.stringMatching(/"NOPE".*mã này không tồn tại/) });
    // Đắk Nông ended on 1/7/2025: not a parent then, nor today (the default `at`); the details list its versions.
    for (const query of [`parent=67&at=${REFORM}`, 'parent=67']) {
      const ended = await get(`/api/v1/units?${query}`);
      expect(ended.statusCode, query).toBe(404);
      const { error } = ended.json() as ErrorBody;
      expect(error.code).toBe('UNIT_NOT_FOUND');
      expect(error.message).toMatch(/không có hiệu lực vào ngày/);
      expect(error.details).toEqual([{ validFrom: null, validTo: REFORM }]);
    }
    // A unit in force without children is still an empty page.
    expect(await list(`parent=24611&at=${BEFORE}`)).toMatchObject({ items: [], total: 0 });
  });

  it('searches without accents: "dak nong" finds Đắk Nông', async () => {
    for (const q of ['dak nong', 'DAK NONG', 'Đắk Nông']) {
      const body = await list(`q=${encodeURIComponent(q)}&at=${BEFORE}`);
      expect(
        body.items.map((u) => u.name),
        q,
      ).toContain('Đắk Nông');
      expect(
        body.items.every((u) => u.name !== 'Bình Thuận'),
        q,
      ).toBe(true);
    }
  });

  it("defaults at to today's date", async () => {
    const body = await list('level=province');
    expect(body.at).toBe(TODAY);
    expect(codes(body)).toEqual(['68']);
  });

  it('pages with limit and offset while total counts every match', async () => {
    const first = await list(`level=province&at=${BEFORE}&limit=2&offset=0`);
    const rest = await list(`level=province&at=${BEFORE}&limit=2&offset=2`);
    expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(first.items).toHaveLength(2);
    expect(rest.items).toHaveLength(1);
    expect([...codes(first), ...codes(rest)].sort()).toEqual(['60', '67', '68']);
  });

  it('rejects impossible or malformed dates with 400 INVALID_DATE naming `at`', async () => {
    for (const at of ['2025-13-01', '2025-02-30', 'yesterday', '2025-7-1', '30/06/2025', '']) {
      for (const url of [`/api/v1/units?at=${encodeURIComponent(at)}`, `/api/v1/units/67?at=${encodeURIComponent(at)}`]) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(400);
        const { error } = response.json() as ErrorBody;
        expect(error.code, url).toBe('INVALID_DATE');
        expect(error.message).toContain('"at"');
        expect(error.details?.[0]?.field).toBe('at');
      }
    }
  });

  it('rejects a bad level, limit or offset with 400 BAD_REQUEST naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['level=city', 'level'],
      ['limit=0', 'limit'],
      ['limit=10001', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
      ['parent=', 'parent'],
    ];
    for (const [query, field] of cases) {
      const response = await get(`/api/v1/units?${query}`);
      expect(response.statusCode, query).toBe(400);
      const { error } = response.json() as ErrorBody;
      expect(error.code, query).toBe('BAD_REQUEST');
      expect(error.details?.[0]?.field, query).toBe(field);
    }
    const level = (await get('/api/v1/units?level=city')).json() as ErrorBody;
    expect(level.error.details?.[0]?.message).toContain('province');
    expect(((await get('/api/v1/units?limit=10001')).json() as ErrorBody).error.details?.[0]?.message).toContain('10.000');
  });

  it('GET /units/{code} gives the version in force at the date', async () => {
    const before = (await get(`/api/v1/units/68?at=${BEFORE}`)).json() as Unit;
    const after = (await get(`/api/v1/units/68?at=${REFORM}`)).json() as Unit;
    expect(before).toMatchObject({ code: '68', validFrom: null, validTo: REFORM });
    expect(after).toMatchObject({ code: '68', validFrom: REFORM, validTo: null });
    expect(Object.keys(after).sort()).toEqual([...UNIT_KEYS].sort());
    const commune = (await get(`/api/v1/units/24612?at=${BEFORE}`)).json() as Unit;
    expect(commune).toMatchObject({ name: 'Nghĩa Thành', parentCode: '660' });
  });

  it('GET /units/{code} is 404 UNIT_NOT_FOUND, saying whether the code is unknown or not in force at the date', async () => {
    const unknown = await get('/api/v1/units/99999');
    expect(unknown.statusCode).toBe(404);
    const unknownError = (unknown.json() as ErrorBody).error;
    expect(unknownError.code).toBe('UNIT_NOT_FOUND');
    expect(unknownError.message).toContain('không tồn tại');

    const ended = await get(`/api/v1/units/67?at=${REFORM}`);
    expect(ended.statusCode).toBe(404);
    const endedError = (ended.json() as ErrorBody).error;
    expect(endedError.code).toBe('UNIT_NOT_FOUND');
    expect(endedError.message).toContain(REFORM);
    expect(endedError.message).not.toContain('không tồn tại');
    expect(endedError.details).toEqual([{ validFrom: null, validTo: REFORM }]);
  });

  it('GET /units/{code} without `at` gives the version valid today, else the most recent one', async () => {
    // The store uses the real clock here; both assertions hold on any day after 1/7/2025.
    expect((await get('/api/v1/units/68')).json()).toMatchObject({ code: '68', validFrom: REFORM, validTo: null });
    expect((await get('/api/v1/units/67')).json()).toMatchObject({ code: '67', name: 'Đắk Nông', validTo: REFORM });
    expect((await get('/api/v1/units/99999')).statusCode).toBe(404);
  });

  it('GET /units/{code}/lineage shows the merge from both sides', async () => {
    const dakNong = (await get('/api/v1/units/67/lineage')).json() as UnitLineage;
    expect(dakNong.code).toBe('67');
    expect(dakNong.successors).toEqual([
      expect.objectContaining({ kind: 'merge', date: REFORM, part: 'full', unit: expect.objectContaining({ code: '68', validFrom: REFORM }) }),
    ]);
    expect(dakNong.successors[0]?.legalBasis).toBe('Nghị quyết 202/2025/QH15');

    const lamDong = (await get('/api/v1/units/68/lineage')).json() as UnitLineage;
    expect(lamDong.versions).toHaveLength(2);
    expect(lamDong.predecessors.map((l) => l.unit.code).sort()).toEqual(['60', '67', '68']);
    const newVersion = lamDong.versions.find((v) => v.unit.validFrom === REFORM);
    expect(newVersion?.predecessors.map((l) => l.unit.name).sort()).toEqual(['Bình Thuận', 'Lâm Đồng', 'Đắk Nông'].sort());

    const missing = await get('/api/v1/units/99999/lineage');
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as ErrorBody).error.code).toBe('UNIT_NOT_FOUND');
  });

  it('GET /units/{code}/lineage names each unit as it was on either side of the event (a ward renamed as it merged)', async () => {
    const ward = (await get('/api/v1/units/24611/lineage')).json() as UnitLineage;
    expect(ward.versions.map((v) => [v.unit.name, v.unit.validFrom, v.unit.validTo])).toEqual([
      ['Nghĩa Đức', null, REFORM],
      ['Bắc Gia Nghĩa', REFORM, null],
    ]);
    // Before the event: the old ward, named Nghĩa Đức, went into the ward named Bắc Gia Nghĩa from 1/7/2025.
    expect(ward.versions[0]!.successors).toEqual([
      expect.objectContaining({
        kind: 'merge',
        date: REFORM,
        legalBasis: 'Nghị quyết 1671/NQ-UBTVQH15',
        unit: expect.objectContaining({ code: '24611', name: 'Bắc Gia Nghĩa', validFrom: REFORM }),
      }),
    ]);
    // After it: the new ward came from the wards as they were named until then (same code, the old name).
    expect(ward.versions[1]!.predecessors.map((l) => [l.unit.code, l.unit.name, l.unit.validTo])).toEqual([
      ['24611', 'Nghĩa Đức', REFORM],
      ['24612', 'Nghĩa Thành', REFORM],
    ]);
  });

  it('is for any signed-in role: 401 UNAUTHENTICATED without a session', async () => {
    for (const url of ['/api/v1/units', '/api/v1/units/67', '/api/v1/units/67/lineage', '/api/v1/units/67/reporting?from=2024&to=2025']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect((response.json() as ErrorBody).error.code).toBe('UNAUTHENTICATED');
    }
  });
});
