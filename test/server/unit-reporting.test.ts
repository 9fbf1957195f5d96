/**
 * GET /units/{code}/reporting: a unit's record per dataset and period — on time, late, overdue, approved — with the
 * version of the code in force on each period's last day (Lâm Đồng before and after 1/7/2025, the ward renamed
 * as it merged), scoped by that version's path, and its refusals.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { seedUnits } from './fixtures/seed-units.ts';
import { buildApp } from '../../src/server/app.ts';
import { upsertDataElement } from '../../src/store/metadata/repo.ts';
import { saveSubmission } from '../../src/store/collection/submissions.ts';
import type { SubmissionState } from '../../src/domain/workflow.ts';

const TODAY = '2025-12-20';

interface Row {
  period: string;
  deadline: string;
  unitName: string;
  state: string;
  submittedAt: string | null;
  onTime: boolean | null;
  overdue: boolean;
}
interface Record {
  code: string;
  datasets: Array<{ code: string; periodType: string; periods: Row[] }>;
}

describeEachDialect('server: GET /units/{code}/reporting', (ctx) => {
  let app: FastifyInstance;
  const as: { [who: string]: { [header: string]: string } } = {};
  let unitIds = new Map<string, number>();

  const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: as[who] });
  const record = async (who: string, code: string, query: string): Promise<Record> => {
    const response = await get(who, `/api/v1/units/${code}/reporting?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Record;
  };

  beforeAll(async () => {
    unitIds = await seedUnits(ctx.store.db);
    await upsertDataElement(ctx.store.db, {
      code: 'XA_CAP_QUANG',
      name: 'Số xã có cáp quang',
      nameEn: 'fibre',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'semiannual',
    });
    app = buildApp({ store: ctx.store, today: () => TODAY });
    for (const [username, role, units] of [
      ['admin', 'admin', []],
      ['lanhdao', 'viewer', []],
      ['bc', 'reporter', ['67']],
    ] as const) {
      await createUser(ctx.store, { username, role, units: [...units] });
      as[username] = (await login(app, username)).headers;
    }
    for (const [code, units] of [
      ['BC_TINH', [{ unit: '67' }, { unit: '68' }]],
      [
        'BC_XA',
        [
          { unit: '67', level: 'commune' },
          { unit: '68', level: 'commune' },
        ],
      ],
    ] as const) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/datasets',
        headers: as.admin,
        payload: { code, name: `Báo cáo ${code}`, nameEn: code, periodType: 'semiannual', deadlineDays: 15, elements: ['XA_CAP_QUANG'], units },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const datasetId = async (code: string) => (await ctx.store.db.selectFrom('datasets').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const submit = async (dataset: string, unitKey: string, period: string, state: SubmissionState, firstSubmittedAt: string | null) =>
      saveSubmission(
        ctx.store.db,
        { datasetId: await datasetId(dataset), unitId: unitIds.get(unitKey)!, period },
        { state, firstSubmittedAt, submittedAt: firstSubmittedAt, updatedAt: firstSubmittedAt ?? '2025-01-01T00:00:00.000Z' },
        false,
      );
    await submit('BC_TINH', '67', '2024S2', 'approved', '2025-01-10T02:00:00.000Z'); // deadline 15/1/2025: on time
    await submit('BC_TINH', '67', '2025S1', 'submitted', '2025-07-20T02:00:00.000Z'); // deadline 15/7/2025: late
    await submit('BC_TINH', '68-new', '2025S2', 'submitted', '2025-12-01T02:00:00.000Z');
    await submit('BC_XA', '24611-old', '2025S1', 'returned', '2025-07-01T02:00:00.000Z');
    await submit('BC_XA', '24611-new', '2025S2', 'approved', '2025-12-02T02:00:00.000Z');
  });
  afterAll(async () => app?.close());

  it('Đắk Nông: on time and approved, late, and nothing after it ended on 1/7/2025', async () => {
    const body = await record('lanhdao', '67', 'from=2024S2&to=2025S2');
    expect(body.datasets.map((d) => d.code)).toEqual(['BC_TINH']);
    expect(body.datasets[0]!.periods).toEqual([
      {
        period: '2024S2',
        deadline: '2025-01-15',
        unitName: 'Đắk Nông',
        state: 'approved',
        submittedAt: '2025-01-10T02:00:00.000Z',
        onTime: true,
        overdue: false,
      },
      {
        period: '2025S1',
        deadline: '2025-07-15',
        unitName: 'Đắk Nông',
        state: 'submitted',
        submittedAt: '2025-07-20T02:00:00.000Z',
        onTime: false,
        overdue: false,
      },
    ]);
  });

  it('Lâm Đồng: the old province overdue, the merged one submitted; no period that has not begun', async () => {
    const body = await record('lanhdao', '68', 'from=2024&to=2026');
    const rows = body.datasets[0]!.periods;
    expect(rows.map((r) => [r.period, r.state, r.onTime, r.overdue])).toEqual([
      ['2024S1', 'draft', null, true],
      ['2024S2', 'draft', null, true],
      ['2025S1', 'draft', null, true],
      ['2025S2', 'submitted', true, false],
    ]);
  });

  it('a ward: its name on each period, returned counts as not submitted, a period before its deadline is not overdue', async () => {
    const body = await record('admin', '24611', 'from=2025S1&to=2025S2');
    expect(body.datasets.map((d) => d.code)).toEqual(['BC_XA']);
    expect(body.datasets[0]!.periods.map((r) => [r.period, r.unitName, r.state, r.submittedAt, r.overdue])).toEqual([
      ['2025S1', 'Nghĩa Đức', 'returned', null, true],
      ['2025S2', 'Bắc Gia Nghĩa', 'approved', '2025-12-02T02:00:00.000Z', false],
    ]);
  });

  it("a scoped reporter sees the versions within their scope only: the ward while it was under Đắk Nông; 403 for Lâm Đồng's", async () => {
    const ward = await record('bc', '24611', 'from=2025S1&to=2025S2');
    expect(ward.datasets[0]!.periods.map((r) => r.period)).toEqual(['2025S1']);
    const refused = await get('bc', '/api/v1/units/24615/reporting?from=2025S2&to=2025S2');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });

  it('a code with no version in the range: no dataset, not an error', async () => {
    expect((await record('lanhdao', '24615', 'from=2024S1&to=2024S2')).datasets).toEqual([]);
  });

  it('refuses an unknown code (404), a range that ends before it starts or spans more than 10 years, and a bad period (400)', async () => {
    const unknown = await get('lanhdao', '/api/v1/units/99999/reporting?from=2024&to=2025');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('UNIT_NOT_FOUND');
    for (const query of ['from=2025&to=2024', 'from=2010&to=2025', 'from=2024S3&to=2025', 'from=2024', 'from=2024&to=2025&x=1']) {
      const bad = await get('lanhdao', `/api/v1/units/67/reporting?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json().error.code, query).toBe('BAD_REQUEST');
    }
  });
});
