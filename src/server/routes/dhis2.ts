/**
 * DHIS2 interchange: data value sets by code (idScheme=CODE), exported as JSON or CSV and imported from either
 * (application/json or text/csv), with dryRun. Thin: the use cases in app/interchange/ read, check and write.
 */
import { isUtf8 } from 'node:buffer';
import { exportDataValueSet } from '../../app/interchange/dhis2-export.ts';
import { importDataValueSet } from '../../app/interchange/dhis2-import.ts';
import { dataValueSetCsv } from '../../domain/dhis2-data-value-set.ts';
import { appError } from '../../domain/errors.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { dataValueSetResponse, exportQuerystring, importBody, importQuerystring, importSummaryResponse } from '../schemas/dhis2-schemas.ts';

const tags = ['dhis2'];
const CSV_TYPES = ['text/csv', 'application/csv'];
/** Bytes of one set sent (100,000 values, long comments included). */
const SET_BYTES = 32 * 1024 * 1024;

export const dhis2Routes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  // CSV text arrives as UTF-8 (a BOM is dropped by the reader); other bytes are refused, never stored as U+FFFD.
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: SET_BYTES }, (_request, body: Buffer, done) => {
    if (!isUtf8(body)) done(appError('BAD_REQUEST', { field: '(body)', reason: 'CSV không phải văn bản UTF-8 / the CSV is not valid UTF-8' }), undefined);
    else done(null, body.toString('utf8'));
  });

  app.get(
    '/dhis2/dataValueSets',
    {
      schema: {
        tags,
        summary:
          'Xuất bộ số liệu DHIS2 (idScheme=CODE, JSON hoặc CSV): số liệu hiện hành của biểu mẫu hoặc phần tử × đơn vị × kỳ / ' +
          'export a DHIS2 data value set (idScheme=CODE, JSON or CSV): current values of a dataset or elements × units × periods',
        querystring: exportQuerystring,
        response: {
          200: {
            description: 'Bộ số liệu / the data value set',
            content: { 'application/json': { schema: dataValueSetResponse }, 'text/csv': { schema: { type: 'string' } } },
          },
          ...errorResponses(403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format, idScheme, ...query } = request.query;
      if (idScheme !== undefined && idScheme.toUpperCase() !== 'CODE') {
        const reason = `chỉ hỗ trợ idScheme=CODE, không '${idScheme}' / only idScheme=CODE is supported`;
        throw appError('BAD_REQUEST', { field: 'idScheme', reason }, [{ field: 'idScheme', message: reason }]);
      }
      const dataValues = await exportDataValueSet(store, actor, query);
      if (format !== 'csv') return reply.type('application/json; charset=utf-8').send({ dataValues });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="dataValueSets.csv"')
        .header('x-content-type-options', 'nosniff')
        .send(dataValueSetCsv(dataValues));
    },
  );

  app.post(
    '/dhis2/dataValueSets',
    {
      bodyLimit: SET_BYTES,
      schema: {
        tags,
        summary:
          'Nhập bộ số liệu DHIS2 (JSON hoặc text/csv, idScheme=CODE): kiểm tra toàn bộ, ghi tất cả hoặc không gì; dryRun chỉ kiểm tra / ' +
          'import a DHIS2 data value set (JSON or text/csv, idScheme=CODE): checked whole, all or nothing; dryRun only checks',
        consumes: ['application/json', ...CSV_TYPES],
        querystring: importQuerystring,
        body: importBody,
        response: { 200: importSummaryResponse, ...errorResponses(403, 409, 422, 503) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const csv = CSV_TYPES.some((type) => (request.headers['content-type'] ?? '').toLowerCase().startsWith(type));
      const body: unknown = request.body;
      if (!csv && typeof body === 'string') {
        const reason = 'cần đối tượng {dataValues: […]} hoặc gửi CSV với text/csv / expected {dataValues: […]}, or CSV sent as text/csv';
        throw appError('BAD_REQUEST', { field: '(body)', reason }, [{ field: '(body)', message: reason }]);
      }
      const input = csv ? { format: 'csv' as const, text: String(body) } : { format: 'json' as const, body };
      const { dryRun, idScheme } = request.query;
      return importDataValueSet(store, actor, input, { dryRun, ...(idScheme ? { idScheme } : {}), via: viaOf(request), now: now() });
    },
  );
};
