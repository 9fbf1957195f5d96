/**
 * The registries' shared routes: a unit's registry figures, the records behind a number derived from a registry (the drill-down, JSON or CSV) and the
 * full refresh of every derived value (administrators). Each registry's own routes live in its own file.
 */
import type { RoutePlugin } from '../route-deps.ts';
import { requireActor } from '../auth/guard.ts';
import { registryRecords, registryRecordsCsv } from '../../app/registries/registry-records.ts';
import { CSV_MEDIA_TYPE, toCsv } from '../csv.ts';
import { registryFigures } from '../../app/registries/registry-figures.ts';
import { refreshAllDerivedValues } from '../../app/registries/refresh-all.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  registryFiguresQuery,
  registryFiguresResponse,
  registryRecordsQuery,
  registryRecordsResponse,
  registryRefreshResponse,
} from '../schemas/registry-schemas.ts';

const tags = ['registries'];

export const registriesRoutes: RoutePlugin = async (app, deps) => {
  const now = deps.now ?? (() => new Date());
  const { store } = deps;

  const records = {
    tags,
    summary: 'Các hồ sơ đứng sau một con số tính từ sổ đăng ký / the records behind a number derived from a registry',
    querystring: registryRecordsQuery,
    response: registryRecordsResponse,
  };
  app.get('/registries/records', { schema: records }, async (request, reply) => {
    const { format, ...query } = request.query;
    if (format !== 'csv') return registryRecords(store, requireActor(request), query);
    const { page, header, rows } = await registryRecordsCsv(store, requireActor(request), query);
    return reply
      .type(CSV_MEDIA_TYPE)
      .header('content-disposition', `attachment; filename="${page.element}-${page.unit.code}-${page.period}.csv"`)
      .send(toCsv(header, rows));
  });

  const figures = {
    tags,
    summary: "Số liệu từ các sổ đăng ký của một đơn vị trong một kỳ / a unit's figures from the registries for a period",
    querystring: registryFiguresQuery,
    response: registryFiguresResponse,
  };
  app.get('/registries/figures', { schema: figures }, async (request) => registryFigures(store, requireActor(request), request.query));

  const refresh = {
    tags,
    summary: 'Tính lại mọi số liệu lấy từ sổ đăng ký (quản trị viên) / recompute every value derived from a registry (admins)',
    querystring: noQuerystring,
    response: registryRefreshResponse,
  };
  app.post('/registries/refresh', { schema: refresh }, async (request) => refreshAllDerivedValues(store, requireActor(request), now()));
};
