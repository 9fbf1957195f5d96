/**
 * Hostile requests that pass every schema and must be refused by the rules behind them, or that are files:
 * foreign and made-up evidence, values outside their bounds, writes outside the caller's units and elements,
 * dataset evidence for a token that cannot write the dataset, formulas built to exhaust the parser, and
 * uploads (spreadsheet bombs, damaged and disguised files, oversized fields). As reporters, tokens and the
 * admin on the demo data; each must answer a 4xx of the catalogue and leave the counted tables as they were.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_PASSWORD, ensureDemoUsers } from '../../src/app/demo/users.ts';
import { COMMUNE_REPORT, PROVINCE_REPORT } from '../../src/app/demo/seed-datasets.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createToken, login } from '../helpers/auth.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { hugeCellCsv, sharedStringBomb, unclosedQuoteCsv, wideColumnXlsx } from '../helpers/hostile-files.ts';
import { expectRefused, rowCounts, type RowCounts } from './refusal.ts';

type Who = 'admin' | 'reporter' | 'token' | 'viewer';

interface DomainCase {
  name: string;
  as: Who;
  method: 'POST' | 'PUT' | 'GET';
  url: string;
  json?: unknown;
  multipart?: { fields: Record<string, string>; file?: { name: string; content: Buffer } };
  /** The refusal expected, when one is certain (else any catalogue 4xx). */
  status?: number;
}

const value = (v: Record<string, unknown>) => ({ values: [{ dataElement: 'THON_TONG', unit: '67', period: '2024S1', value: 600, ...v }] });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

describeEachDialect(
  'hostile requests the rules must refuse, and hostile files',
  (ctx) => {
    let app: FastifyInstance;
    const headers: Partial<Record<Who, Record<string, string>>> = {};
    let foreignEvidence = '';
    let ownOtherPeriodEvidence = '';
    let before: RowCounts;
    const cases: DomainCase[] = [];

    beforeAll(async () => {
      await ensureDemoData(ctx.store);
      await ensureDemoUsers(ctx.store, () => {});
      app = buildApp({ store: ctx.store, today: () => '2025-08-15' });
      await app.ready();
      headers.admin = (await login(app, 'admin', DEMO_PASSWORD)).headers;
      headers.reporter = (await login(app, 'baocao.daknong', DEMO_PASSWORD)).headers;
      headers.viewer = (await login(app, 'lanhdao', DEMO_PASSWORD)).headers;
      headers.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'cong-dvc', units: ['67'], elements: ['THON_TONG'] })}` };
      const evidence = async (as: Who, body: object) => {
        const answer = await app.inject({ method: 'POST', url: '/api/v1/evidence', headers: headers[as], payload: body });
        if (answer.statusCode !== 201) throw new Error(`evidence setup: ${answer.statusCode} ${answer.body}`);
        return (answer.json() as { id: string }).id;
      };
      foreignEvidence = await evidence('admin', { kind: 'link', unit: '68', period: '2024S1', element: 'THON_TONG', url: 'https://lamdong.gov.vn/bao-cao' });
      ownOtherPeriodEvidence = await evidence('reporter', {
        kind: 'link',
        unit: '67',
        period: '2023S2',
        element: 'THON_TONG',
        url: 'https://daknong.gov.vn/bao-cao',
      });
      const deepFormula = `${'('.repeat(50_000)}#{THON_TONG}${')'.repeat(50_000)}`;
      const longFormula = Array.from({ length: 3000 }, () => '#{THON_TONG}').join('+');
      cases.push(
        // Evidence references (item 8).
        {
          name: 'another unit’s evidence on a value',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/data-values',
          json: value({ evidence: foreignEvidence }),
          status: 422,
        },
        {
          name: 'evidence of another period',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/data-values',
          json: value({ evidence: ownOtherPeriodEvidence }),
          status: 422,
        },
        {
          name: 'a made-up evidence id',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/data-values',
          json: value({ evidence: '00000000-0000-4000-8000-000000000000' }),
          status: 422,
        },
        { name: 'free text as evidence', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ evidence: 'QĐ 12/QĐ-UBND' }), status: 422 },
        {
          name: 'foreign evidence through a form',
          as: 'reporter',
          method: 'PUT',
          url: `/api/v1/forms/${PROVINCE_REPORT}/67/2024S1`,
          json: { values: [{ dataElement: 'THON_TONG', value: 600, evidence: foreignEvidence }] },
          status: 422,
        },
        // Dataset evidence and token scopes (item 9).
        {
          name: 'a THON_TONG token attaching evidence to a dataset without THON_TONG',
          as: 'token',
          method: 'POST',
          url: '/api/v1/evidence',
          json: { kind: 'link', unit: '67', period: '2024S1', dataset: COMMUNE_REPORT, url: 'https://x.vn' },
          status: 403,
        },
        {
          name: 'a token writing an element outside its scope',
          as: 'token',
          method: 'POST',
          url: '/api/v1/data-values',
          json: { values: [{ dataElement: 'XA_TONG', unit: '67', period: '2024S1', value: 71 }] },
          status: 403,
        },
        { name: 'a token writing outside its units', as: 'token', method: 'POST', url: '/api/v1/data-values', json: value({ unit: '68' }), status: 403 },
        // Bounds and types behind the schema (item 12).
        { name: 'a negative count', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ value: -1 }), status: 422 },
        { name: 'a fractional count', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ value: 1.5 }), status: 422 },
        { name: 'a count as text', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ value: 'sáu trăm' }), status: 422 },
        { name: 'a count as an object', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ value: { n: 600 } }), status: 422 },
        {
          name: 'a percentage over 100',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/data-values',
          json: value({ dataElement: 'TL_THON_4G', value: 140 }),
          status: 422,
        },
        { name: 'a period that is not one', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ period: '2024S3' }), status: 422 },
        { name: 'an unknown element', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ dataElement: 'KHONG_CO' }), status: 422 },
        { name: 'a unit outside the reporter’s scope', as: 'reporter', method: 'POST', url: '/api/v1/data-values', json: value({ unit: '68' }), status: 403 },
        { name: 'a viewer writing', as: 'viewer', method: 'POST', url: '/api/v1/data-values', json: value({}), status: 403 },
        { name: 'a reporter approving', as: 'reporter', method: 'POST', url: `/api/v1/forms/${PROVINCE_REPORT}/67/2022S2/approve`, json: {}, status: 403 },
        {
          name: 'a reporter creating a user',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/users',
          json: { username: 'ke.gian', role: 'admin', password: 'mat-khau-rat-dai-2025' },
          status: 403,
        },
        // Formulas built to exhaust the parser (item 1).
        {
          name: '50,000 nested parentheses in a rule',
          as: 'admin',
          method: 'POST',
          url: '/api/v1/validation-rules',
          json: { kind: 'compare', code: 'R_SAU', name: 'sâu', left: deepFormula, operator: '<=', right: '#{THON_TONG}', severity: 'error', message: 'x' },
          status: 422,
        },
        {
          name: 'a 3,000-term sum in a rule',
          as: 'admin',
          method: 'POST',
          url: '/api/v1/validation-rules',
          json: { kind: 'compare', code: 'R_DAI', name: 'dài', left: longFormula, operator: '<=', right: '#{THON_TONG}', severity: 'error', message: 'x' },
          status: 422,
        },
        // Evidence bodies.
        {
          name: 'a javascript: link',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          json: { kind: 'link', unit: '67', period: '2024S1', element: 'THON_TONG', url: 'javascript:alert(1)' },
        },
        {
          name: 'evidence with both element and dataset',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          json: { kind: 'link', unit: '67', period: '2024S1', element: 'THON_TONG', dataset: PROVINCE_REPORT, url: 'https://x.vn' },
        },
        {
          name: 'evidence of an unknown kind',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          json: { kind: 'exe', unit: '67', period: '2024S1', element: 'THON_TONG' },
        },
        {
          name: 'evidence with a NUL in its number',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          json: { kind: 'document', unit: '67', period: '2024S1', element: 'THON_TONG', number: '12/\u0000QĐ' },
          status: 400,
        },
        {
          name: 'evidence on another unit',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          json: { kind: 'link', unit: '68', period: '2024S1', element: 'THON_TONG', url: 'https://x.vn' },
          status: 403,
        },
        // Files.
        {
          name: 'an executable named .pdf',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          multipart: { fields: { unit: '67', period: '2024S1', element: 'THON_TONG' }, file: { name: 'bao-cao.pdf', content: EXE } },
          status: 415,
        },
        {
          name: 'a PDF named .docx',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          multipart: { fields: { unit: '67', period: '2024S1', element: 'THON_TONG' }, file: { name: 'bao-cao.docx', content: PDF } },
          status: 415,
        },
        {
          name: 'an evidence field over its size',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/evidence',
          multipart: { fields: { unit: '67', period: '2'.repeat(20_000), element: 'THON_TONG' }, file: { name: 'a.pdf', content: PDF } },
          status: 413,
        },
        {
          name: 'an import field over its size',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1', x: 'y'.repeat(5000) }, file: { name: 'a.csv', content: Buffer.from('a,b\n') } },
          status: 413,
        },
        {
          name: 'an import with a NUL in the file name',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1' }, file: { name: 'a\u0000.csv', content: Buffer.from('a,b\n') } },
          status: 400,
        },
        {
          name: 'an import without a dataset',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { period: '2024S1' }, file: { name: 'a.csv', content: Buffer.from('a,b\n') } },
          status: 400,
        },
        {
          name: 'an import of another unit’s dataset period',
          as: 'viewer',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1' }, file: { name: 'a.csv', content: Buffer.from('a,b\n') } },
          status: 403,
        },
        {
          name: 'a legacy .xls file',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: {
            fields: { dataset: PROVINCE_REPORT, period: '2024S1' },
            file: { name: 'a.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
          },
        },
        {
          name: 'random bytes named .xlsx',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: {
            fields: { dataset: PROVINCE_REPORT, period: '2024S1' },
            file: { name: 'a.xlsx', content: Buffer.from('PK\u0003\u0004' + 'x'.repeat(500)) },
          },
        },
        {
          name: 'a CSV cell of 5 million characters',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1' }, file: { name: 'a.csv', content: hugeCellCsv(5_000_000) } },
        },
        {
          name: 'a CSV quote never closed',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1' }, file: { name: 'a.csv', content: unclosedQuoteCsv(3_000_000) } },
        },
        {
          name: 'a shared string of 100 million characters',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1' }, file: { name: 'bom.xlsx', content: await sharedStringBomb() } },
          status: 413,
        },
        {
          name: 'a value at column XFD on 20,000 rows',
          as: 'reporter',
          method: 'POST',
          url: '/api/v1/imports',
          multipart: { fields: { dataset: PROVINCE_REPORT, period: '2024S1' }, file: { name: 'rong.xlsx', content: await wideColumnXlsx(20_000) } },
          status: 413,
        },
      );
      before = await rowCounts(ctx.store);
    }, 180_000);
    afterAll(async () => {
      await app.close();
    });

    it('refuses every case with a 4xx of the catalogue (the expected one where certain) and writes nothing', async () => {
      expect(cases.length).toBeGreaterThanOrEqual(35);
      const failures: string[] = [];
      for (const c of cases) {
        const body = c.multipart ? multipartBody(c.multipart.fields, c.multipart.file ? { field: 'file', ...c.multipart.file } : undefined) : null;
        const started = Date.now();
        const answer = await app.inject({
          method: c.method,
          url: c.url,
          headers: { ...headers[c.as], ...(body?.headers ?? {}) },
          ...(body ? { payload: body.payload } : c.json !== undefined ? { payload: c.json as object } : {}),
        });
        const problem =
          expectRefused(answer, Date.now() - started) ??
          (c.status && answer.statusCode !== c.status ? `expected ${c.status}, got ${answer.statusCode} ${answer.body.slice(0, 200)}` : null);
        if (problem) failures.push(`${c.name} (as ${c.as}): ${problem}`);
      }
      expect(failures).toEqual([]);
      expect(await rowCounts(ctx.store)).toEqual(before);
    }, 600_000);
  },
  { demo: true },
);
