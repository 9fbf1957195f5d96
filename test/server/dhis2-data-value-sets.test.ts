/**
 * DHIS2 data value sets over HTTP on both dialects: export → import round trips of JSON and CSV are exact (a second
 * import changes nothing), dryRun writes nothing, one unknown org unit rejects the whole set naming its code and
 * row, the unit scopes and roles of every import, and who sees comments and who recorded a value.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import type { DataElement } from '../../src/domain/metadata.ts';
import type { Actor } from '../../src/domain/access.ts';
import { recordValues } from '../../src/app/collection/record-values.ts';
import { saveDatasetAsAdmin } from '../../src/app/collection/admin.ts';
import { transitionSubmission } from '../../src/app/collection/workflow.ts';
import { sql } from 'kysely';

const SYSTEM: Actor = { kind: 'user', name: 'nguoi.nhap', role: 'admin', unitScopes: [] };
const element = (code: string, valueType: DataElement['valueType'], hierarchyAggregation: DataElement['hierarchyAggregation'] = 'sum'): DataElement => ({
  code,
  name: code,
  nameEn: code,
  valueType,
  timeAggregation: 'last',
  hierarchyAggregation,
  periodType: 'yearly',
});
const ELEMENTS = [
  element('XA_TONG', 'integer'),
  element('TL_CAP_QUANG', 'percentage', 'none'),
  element('CO_DE_AN', 'boolean', 'none'),
  element('GHI_NHAN', 'text', 'none'),
];
const DATASET = {
  code: 'HA_TANG',
  name: 'Hạ tầng',
  nameEn: 'Infra',
  periodType: 'yearly',
  deadlineDays: 10,
  elements: ELEMENTS.map((e) => e.code),
  units: [{ unit: 'VN', level: 'province' }],
};
const UNITS = ['67', '660', '24611', '24612'];
const PERIODS = ['2021', '2022'];

interface Value {
  dataElement: string;
  period: string;
  orgUnit: string;
  value: string;
  comment?: string;
  storedBy?: string;
  lastUpdated?: string;
  categoryOptionCombo?: string;
}

describeEachDialect('DHIS2 data value sets (HTTP)', (ctx) => {
  let app: FastifyInstance;
  const as: Record<string, Record<string, string>> = {};
  const exportUrl = (format: 'json' | 'csv') =>
    `/api/v1/dhis2/dataValueSets?dataSet=HA_TANG&orgUnit=67&children=true&period=${PERIODS.join('&period=')}&format=${format}`;
  const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: as[who] });
  const postJson = (who: string, payload: object, query = '') =>
    app.inject({ method: 'POST', url: `/api/v1/dhis2/dataValueSets${query}`, headers: as[who], payload });
  const postCsv = (who: string, text: string, query = '') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/dhis2/dataValueSets${query}`,
      headers: { ...as[who], 'content-type': 'text/csv; charset=utf-8' },
      payload: text,
    });
  const count = async (table: 'dataValues' | 'auditEvents') =>
    Number(
      (
        await ctx.store.db
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const stored = async () => ({ dataValues: await count('dataValues'), auditEvents: await count('auditEvents') });
  const comparable = (values: Value[]) =>
    values
      .map(({ dataElement, period, orgUnit, value, comment }) => ({ dataElement, period, orgUnit, value, comment }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  /** Writes every element at every unit and period, `shift` moving the numbers (and the text). */
  async function seed(shift: number): Promise<void> {
    const items = UNITS.flatMap((unit, u) =>
      PERIODS.flatMap((period, p) => [
        { dataElement: 'XA_TONG', unit, period, value: 10 * u + p + shift, comment: `Theo báo cáo số ${u}/BC-UBND, "đạt 71/71"` },
        { dataElement: 'TL_CAP_QUANG', unit, period, value: 93.8 - u - p + shift / 10 },
        { dataElement: 'CO_DE_AN', unit, period, value: (u + p + shift) % 2 === 0 },
        { dataElement: 'GHI_NHAN', unit, period, value: `Đã kết nối cáp quang, lần ${shift}; dấu phẩy, "ngoặc"` },
      ]),
    );
    await recordValues(ctx.store, items, { actor: SYSTEM, source: 'form' });
  }

  beforeAll(async () => {
    await seedUnits(ctx.store.db);
    for (const e of ELEMENTS) await upsertDataElement(ctx.store.db, e);
    await saveDatasetAsAdmin(ctx.store, DATASET, 'create', { actor: SYSTEM });
    app = buildApp({ store: ctx.store });
    for (const [username, role, units] of [
      ['quantri', 'admin', []],
      ['nhaplieu.67', 'reporter', ['67']],
      ['nhaplieu.60', 'reporter', ['60']],
      ['lanhdao', 'viewer', []],
    ] as const) {
      await createUser(ctx.store, { username, role, units: [...units] });
      as[username] = (await login(app, username)).headers;
    }
    await seed(0);
  });
  afterAll(async () => app?.close());

  it('exports every current value of the dataset below the unit, by code, with DHIS2 default combos and ISO times', async () => {
    const response = await get('nhaplieu.67', exportUrl('json'));
    expect(response.statusCode, response.body).toBe(200);
    const values = response.json().dataValues as Value[];
    expect(values).toHaveLength(UNITS.length * PERIODS.length * ELEMENTS.length);
    const first = values.find((v) => v.dataElement === 'XA_TONG' && v.orgUnit === '660' && v.period === '2022')!;
    expect(first).toMatchObject({ value: '11', categoryOptionCombo: 'HllvX50cXC0', attributeOptionCombo: 'HllvX50cXC0', storedBy: 'nguoi.nhap' });
    expect(first.comment).toBe('Theo báo cáo số 1/BC-UBND, "đạt 71/71"');
    expect(new Date(first.lastUpdated!).toISOString()).toBe(first.lastUpdated);
    expect(values.find((v) => v.dataElement === 'TL_CAP_QUANG' && v.orgUnit === '67' && v.period === '2021')?.value).toBe('93.8');
    expect(new Set(values.map((v) => v.dataElement === 'CO_DE_AN' && v.value).filter(Boolean))).toEqual(new Set(['true', 'false']));
    const csv = await get('nhaplieu.67', exportUrl('csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,storedBy,lastUpdated,comment');
  });

  it.each(['json', 'csv'] as const)('a %s set written by the export imports back to identical values; a second import changes nothing', async (format) => {
    const exported = await get('quantri', exportUrl(format));
    expect(exported.statusCode).toBe(200);
    const before = comparable((await get('quantri', exportUrl('json'))).json().dataValues);
    await seed(format === 'json' ? 5 : 7); // every numeric and text value changes; some booleans stay
    const changed = comparable((await get('quantri', exportUrl('json'))).json().dataValues);
    const differing = changed.filter((v, i) => JSON.stringify(v) !== JSON.stringify(before[i])).length;
    expect(differing).toBeGreaterThan(UNITS.length * PERIODS.length * 2);

    const send = () => (format === 'json' ? postJson('nhaplieu.67', exported.json()) : postCsv('nhaplieu.67', exported.body));
    const first = await send();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ responseType: 'ImportSummary', status: 'SUCCESS', dryRun: false, conflicts: [], problems: [] });
    expect(first.json().importCount).toEqual({ imported: 0, updated: differing, ignored: before.length - differing, deleted: 0 });
    expect(comparable((await get('quantri', exportUrl('json'))).json().dataValues)).toEqual(before);

    const rows = await stored();
    const second = await send();
    expect(second.statusCode).toBe(200);
    expect(second.json().importCount).toEqual({ imported: 0, updated: 0, ignored: before.length, deleted: 0 });
    expect(await stored()).toEqual(rows);
  });

  it('imports values new to the store as imported, and reads CSV with a BOM and its header in any case', async () => {
    const csv =
      '\uFEFFDATAELEMENT,Period,ORGUNIT,categoryoptioncombo,AttributeOptionCombo,VALUE,storedby,LastUpdated,Comment\r\n' +
      'XA_TONG,2019,67,,,42,someone.else,2019-12-31T00:00:00Z,"Báo cáo 12/BC, ""mới"""\r\n' +
      'TL_CAP_QUANG,2019,660,default,default,55.5,,,\r\n';
    const response = await postCsv('nhaplieu.67', csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().importCount).toEqual({ imported: 2, updated: 0, ignored: 0, deleted: 0 });
    const back = (
      await get('nhaplieu.67', '/api/v1/dhis2/dataValueSets?dataElement=XA_TONG&dataElement=TL_CAP_QUANG&orgUnit=67&children=true&period=2019')
    ).json().dataValues as Value[];
    expect(back.map((v) => [v.dataElement, v.orgUnit, v.value, v.comment, v.storedBy])).toEqual([
      ['XA_TONG', '67', '42', 'Báo cáo 12/BC, "mới"', 'nhaplieu.67'],
      ['TL_CAP_QUANG', '660', '55.5', '', 'nhaplieu.67'],
    ]);
  });

  it('dryRun answers what the import would do and leaves the store untouched', async () => {
    const set = {
      dataValues: [
        { dataElement: 'XA_TONG', period: '2018', orgUnit: '67', value: '3' },
        { dataElement: 'XA_TONG', period: '2022', orgUnit: '67', value: '999' },
      ],
    };
    const rows = await stored();
    const dry = await postJson('nhaplieu.67', set, '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ status: 'SUCCESS', dryRun: true, importCount: { imported: 1, updated: 1, ignored: 0, deleted: 0 } });
    expect(await stored()).toEqual(rows);
    const real = await postJson('nhaplieu.67', set);
    expect(real.json().importCount).toEqual(dry.json().importCount);
    expect((await stored()).dataValues).toBe(rows.dataValues + 2);
  });

  it('one unknown org unit in row 7 rejects the whole set, naming the code and the row; nothing is written', async () => {
    const dataValues: Value[] = Array.from({ length: 10 }, (_, i) => ({
      dataElement: 'XA_TONG',
      period: String(2010 + i),
      orgUnit: UNITS[i % UNITS.length]!,
      value: String(i),
    }));
    dataValues[6] = { ...dataValues[6]!, orgUnit: 'KHONG_CO_99' };
    const rows = await stored();
    const response = await postJson('nhaplieu.67', { dataValues });
    expect(response.statusCode, response.body).toBe(422);
    const details = response.json().error.details as Array<{ row: number; field: string; message: string }>;
    expect(details).toHaveLength(1);
    expect(details[0]).toMatchObject({ row: 7, field: 'orgUnit' });
    expect(details[0]!.message).toContain('KHONG_CO_99');
    expect(await stored()).toEqual(rows);

    const csv = await postCsv(
      'nhaplieu.67',
      ['dataElement,period,orgUnit,value', ...dataValues.map((v) => `${v.dataElement},${v.period},${v.orgUnit},${v.value}`)].join('\n'),
      '?dryRun=true',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.json()).toMatchObject({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 10, deleted: 0 } });
    expect(csv.json().conflicts).toEqual([{ object: 'KHONG_CO_99', value: expect.stringContaining('row 7') }]);
    expect(await stored()).toEqual(rows);
  });

  it('names every problem of a set by row and field: an unknown element and period, a value of the wrong type, a combo we do not keep', async () => {
    const response = await postJson('nhaplieu.67', {
      dataValues: [
        { dataElement: 'XA_TONG', period: '2015', orgUnit: '67', value: '1' },
        { dataElement: 'KHONG_CO', period: '2015', orgUnit: '67', value: '1' },
        { dataElement: 'XA_TONG', period: '2015X9', orgUnit: '67', value: '1' },
        { dataElement: 'XA_TONG', period: '2016', orgUnit: '67', value: 'mười' },
        { dataElement: 'XA_TONG', period: '2017', orgUnit: '67', value: '1', categoryOptionCombo: 'Nam' },
      ],
    });
    expect(response.statusCode).toBe(422);
    const details = response.json().error.details as Array<{ row: number; field: string; message: string }>;
    expect(details.map((d) => [d.row, d.field])).toEqual([
      [2, 'dataElement'],
      [3, 'period'],
      [4, 'value'],
      [5, 'categoryOptionCombo'],
    ]);
    expect(details[0]!.message).toContain('KHONG_CO');
  });

  it("a dry run names each conflict's code as DHIS2 does: the unit, element, period or combo, and a bad value's element", async () => {
    const response = await postCsv(
      'nhaplieu.67',
      'dataElement,period,orgUnit,categoryOptionCombo,value\nKHONG_CO,2015,67,,1\nXA_TONG,2015X9,67,,1\nXA_TONG,2016,67,,mười\nXA_TONG,2017,67,Nam,1\nXA_TONG,2017,KHONG_CO_99,,1\n',
      '?dryRun=true',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('ERROR');
    expect(response.json().conflicts.map((c: { object: string }) => c.object)).toEqual(['KHONG_CO', '2015X9', 'XA_TONG', 'Nam', 'KHONG_CO_99']);
  });

  it('values of a submitted form are locked: 409 LOCKED naming the row, and a dry run says ERROR; nothing is written', async () => {
    await recordValues(ctx.store, [{ dataElement: 'XA_TONG', unit: '67', period: '2020', value: 5 }], { actor: SYSTEM, source: 'form' });
    await transitionSubmission(ctx.store, { dataset: 'HA_TANG', unit: '67', period: '2020' }, 'submit', { actor: SYSTEM });
    const set = {
      dataValues: [
        { dataElement: 'XA_TONG', period: '2020', orgUnit: '660', value: '1' },
        { dataElement: 'XA_TONG', period: '2020', orgUnit: '67', value: '6' },
      ],
    };
    const rows = await stored();
    const response = await postJson('nhaplieu.67', set);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'LOCKED', details: [{ row: 2, field: 'value' }] });
    const dry = await postJson('nhaplieu.67', set, '?dryRun=true');
    expect(dry.json()).toMatchObject({ status: 'ERROR', problems: [{ row: 2, field: 'value' }], conflicts: [{ object: 'XA_TONG' }] });
    expect(await stored()).toEqual(rows);
  });

  it('a reporter of another subtree gets 403 on export and import; nothing is written', async () => {
    expect((await get('nhaplieu.60', exportUrl('json'))).statusCode).toBe(403);
    const rows = await stored();
    const response = await postJson('nhaplieu.60', { dataValues: [{ dataElement: 'XA_TONG', period: '2022', orgUnit: '660', value: '1' }] });
    expect(response.statusCode).toBe(403);
    expect(await stored()).toEqual(rows);
    const dry = await postJson('nhaplieu.60', { dataValues: [{ dataElement: 'XA_TONG', period: '2022', orgUnit: '660', value: '1' }] }, '?dryRun=true');
    expect(dry.statusCode).toBe(403);
  });

  it('a viewer exports but may not import, not even as a dry run', async () => {
    const exported = await get('lanhdao', exportUrl('json'));
    expect(exported.statusCode).toBe(200);
    const rows = await stored();
    expect((await postJson('lanhdao', exported.json())).statusCode).toBe(403);
    expect((await postJson('lanhdao', exported.json(), '?dryRun=true')).statusCode).toBe(403);
    expect(await stored()).toEqual(rows);
  });

  it('comments and who recorded a value reach only callers who may see them (the value history rule): never an outsider or an anonymous caller', async () => {
    await seed(11); // recorded by nguoi.nhap again, with comments
    const reader = (await get('nhaplieu.67', exportUrl('json'))).json().dataValues as Value[];
    expect(reader.some((v) => v.storedBy === 'nguoi.nhap' && v.comment?.includes('BC-UBND'))).toBe(true);
    for (const response of [
      await get('nhaplieu.60', exportUrl('json')),
      await get('nhaplieu.60', exportUrl('csv')),
      await app.inject({ method: 'GET', url: exportUrl('json') }),
    ]) {
      expect([401, 403]).toContain(response.statusCode);
      expect(response.body).not.toContain('nguoi.nhap');
      expect(response.body).not.toContain('BC-UBND');
    }
  });

  it('refuses an idScheme other than CODE with a 400 naming the parameter', async () => {
    for (const response of [
      await postJson('nhaplieu.67', { dataValues: [] }, '?idScheme=UID'),
      await get('nhaplieu.67', `${exportUrl('json')}&idScheme=UID`),
    ]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain('idScheme');
    }
    expect((await postJson('nhaplieu.67', { dataValues: [] }, '?idScheme=code')).statusCode).toBe(200);
  });
});
