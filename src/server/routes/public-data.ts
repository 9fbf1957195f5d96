/**
 * Open data for anonymous readers (no login), read-only: the catalogue (JSON and DCAT JSON-LD), the published
 * indicators' figures by unit and period, the plans' progress on them and the published ranking editions, each as
 * JSON and as CSV (UTF-8 with BOM). Only what an administrator published is answered (app/open-data/); the rest
 * answers 404 like an unknown code. Rate-limited and cached by the public scope (api-v1.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { openDataCatalog } from '../../app/open-data/catalog.ts';
import { catalogJsonLd } from '../../app/open-data/catalog-jsonld.ts';
import { publicIndicatorList, publicIndicatorValues, type PublicIndicatorAnswer } from '../../app/open-data/public-indicators.ts';
import { publicPlans, publicPlanStatus, type PublicPlan } from '../../app/open-data/public-plans.ts';
import { publicRanking, publicRankingEditions, type PublicRanking } from '../../app/open-data/public-rankings.ts';
import { periodsOfInput } from '../../app/analytics/query-input.ts';
import { CSV_MEDIA_TYPE, toCsv } from '../csv.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { indicatorPublicationParams, rankingPublicationParams } from '../schemas/open-data-schemas.ts';
import {
  catalogSchema,
  csvResponse,
  jsonLdResponse,
  noQuery,
  notModified,
  publicIndicatorListSchema,
  publicIndicatorQuery,
  publicIndicatorSchema,
  publicPlanListSchema,
  publicPlanSchema,
  publicRankingListSchema,
  publicRankingSchema,
} from '../schemas/open-data-schemas.ts';

const tags = ['opendata'];
const common = { 304: notModified, ...errorResponses(429) };

/** A CSV answer with a file name. */
function sendCsv(reply: FastifyReply, name: string, text: string) {
  return reply
    .type(CSV_MEDIA_TYPE)
    .header('content-disposition', `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}.csv"`)
    .send(text);
}

export function indicatorCsv(answer: PublicIndicatorAnswer): string {
  const header = [
    'Mã chỉ tiêu',
    'Tên chỉ tiêu',
    'Mã đơn vị',
    'Tên đơn vị',
    'Kỳ',
    'Giá trị',
    'Tử số',
    'Mẫu số',
    'Số đơn vị đã báo cáo',
    'Số đơn vị phải báo cáo',
    'Mục tiêu',
    'Tình trạng',
    'Chênh lệch',
    'Chờ duyệt',
  ];
  const rows = answer.rows.map((r) => [
    answer.indicator.code,
    answer.indicator.name,
    r.unit.code,
    r.unit.name,
    r.period,
    r.value,
    r.numerator,
    r.denominator,
    r.coverage.reported,
    r.coverage.expected,
    r.target,
    r.status,
    r.gap,
    r.withheld,
  ]);
  return toCsv(header, rows);
}

export function planCsv(plan: PublicPlan): string {
  const header = [
    'Mã kế hoạch',
    'Mã chỉ tiêu',
    'Nhóm',
    'Nội dung',
    'Mã đơn vị',
    'Kỳ',
    'Mục tiêu',
    'So sánh',
    'Giá trị',
    'Tình trạng',
    'Chênh lệch',
    'Chờ duyệt',
  ];
  return toCsv(
    header,
    plan.targets.map((t) => [
      plan.plan.code,
      t.indicator,
      t.group,
      t.label,
      t.unit,
      t.period,
      t.target,
      t.comparison,
      t.value,
      t.statusLabel.vi,
      t.gap,
      t.withheld,
    ]),
  );
}

export function rankingCsv(ranking: PublicRanking): string {
  const header = ['Bộ chỉ số', 'Phiên bản', 'Kỳ', 'Cấp', 'Mã đơn vị', 'Tên đơn vị', 'Điểm', 'Xếp hạng', 'Số đơn vị xếp hạng', 'Thay đổi hạng', 'Xếp loại'];
  const rows = ranking.runs.flatMap((run) =>
    run.results.map((r) => [
      ranking.framework.code,
      ranking.edition.edition,
      ranking.period,
      run.level,
      r.unitCode,
      r.unitName,
      r.score,
      r.rank,
      run.rankedAmong,
      r.rankChange,
      r.grade,
    ]),
  );
  return toCsv(header, rows);
}

export const publicDataRoutes: RoutePlugin = async (app, { store, today, openData }) => {
  const publisher = openData?.publisher ?? 'Trung tâm điều hành chuyển đổi số (DX-IOC)';
  const baseUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  app.get(
    '/public/catalog',
    {
      schema: {
        tags,
        summary: 'Danh mục dữ liệu mở, siêu dữ liệu kiểu DCAT / the open-data catalogue with DCAT-style metadata',
        querystring: noQuery,
        response: { 200: catalogSchema, ...common },
      },
    },
    async (request) => openDataCatalog(store, { baseUrl: baseUrl(request), publisher }),
  );

  app.get(
    '/public/catalog.jsonld',
    {
      schema: {
        tags,
        summary: 'Danh mục dữ liệu mở dạng DCAT JSON-LD / the catalogue as DCAT JSON-LD',
        querystring: noQuery,
        response: { 200: jsonLdResponse, ...common },
      },
    },
    async (request, reply) =>
      reply
        .type('application/ld+json; charset=utf-8')
        .send(JSON.stringify(catalogJsonLd(await openDataCatalog(store, { baseUrl: baseUrl(request), publisher })))),
  );

  app.get(
    '/public/indicators',
    {
      schema: {
        tags,
        summary: 'Các chỉ tiêu đã công bố / the published indicators',
        querystring: noQuery,
        response: { 200: publicIndicatorListSchema, ...common },
      },
    },
    async () => ({ items: await publicIndicatorList(store) }),
  );

  const indicatorSchema = (csv: boolean) => ({
    tags,
    summary: csv
      ? 'Số liệu một chỉ tiêu đã công bố theo đơn vị và kỳ, tệp CSV / a published indicator by unit and period, as CSV'
      : 'Số liệu một chỉ tiêu đã công bố theo đơn vị và kỳ / a published indicator by unit and period',
    params: indicatorPublicationParams,
    querystring: publicIndicatorQuery,
    response: { 200: csv ? csvResponse('Bảng số liệu / the figures') : publicIndicatorSchema, ...common, ...errorResponses(404) },
  });
  const indicatorAnswer = (
    code: string,
    q: { unit: string; period?: string; periods?: string; from?: string; to?: string; view?: string; breakdown?: string },
  ) => {
    return publicIndicatorValues(
      store,
      {
        indicator: code,
        unit: q.unit,
        periods: periodsOfInput(q),
        ...(q.view ? { view: q.view as 'was' | 'now' } : {}),
        ...(q.breakdown ? { breakdown: q.breakdown as 'none' | 'children' | 'leaves' } : {}),
      },
      today(),
    );
  };
  app.get('/public/indicators/:code', { schema: indicatorSchema(false) }, async (request) => indicatorAnswer(request.params.code, request.query));
  app.get('/public/indicators/:code.csv', { schema: indicatorSchema(true) }, async (request, reply) => {
    const answer = await indicatorAnswer(request.params.code, request.query);
    return sendCsv(reply, `${answer.indicator.code}-${answer.unit.code}`, indicatorCsv(answer));
  });

  app.get(
    '/public/plans',
    {
      schema: {
        tags,
        summary: 'Các kế hoạch có chỉ tiêu đã công bố / plans with published indicators',
        querystring: noQuery,
        response: { 200: publicPlanListSchema, ...common },
      },
    },
    async () => ({ items: await publicPlans(store) }),
  );
  const planSchema = (csv: boolean) => ({
    tags,
    summary: csv
      ? 'Tình hình thực hiện kế hoạch trên các chỉ tiêu đã công bố, tệp CSV / plan progress on published indicators, as CSV'
      : 'Tình hình thực hiện kế hoạch trên các chỉ tiêu đã công bố / plan progress on published indicators',
    params: indicatorPublicationParams,
    querystring: noQuery,
    response: { 200: csv ? csvResponse('Bảng mục tiêu / the targets') : publicPlanSchema, ...common, ...errorResponses(404) },
  });
  app.get('/public/plans/:code', { schema: planSchema(false) }, async (request) => publicPlanStatus(store, request.params.code, today()));
  app.get('/public/plans/:code.csv', { schema: planSchema(true) }, async (request, reply) => {
    const plan = await publicPlanStatus(store, request.params.code, today());
    return sendCsv(reply, plan.plan.code, planCsv(plan));
  });

  app.get(
    '/public/rankings',
    {
      schema: {
        tags,
        summary: 'Các kết quả xếp hạng đã công bố / the published ranking editions',
        querystring: noQuery,
        response: { 200: publicRankingListSchema, ...common },
      },
    },
    async () => ({ items: await publicRankingEditions(store) }),
  );
  const rankingSchema = (csv: boolean) => ({
    tags,
    summary: csv ? 'Kết quả xếp hạng đã công bố, tệp CSV / a published ranking, as CSV' : 'Kết quả xếp hạng đã công bố / a published ranking',
    params: rankingPublicationParams,
    querystring: noQuery,
    response: { 200: csv ? csvResponse('Bảng xếp hạng / the ranking') : publicRankingSchema, ...common, ...errorResponses(404) },
  });
  app.get('/public/rankings/:framework/:edition/:period', { schema: rankingSchema(false) }, async (request) =>
    publicRanking(store, request.params.framework, request.params.edition, request.params.period),
  );
  app.get('/public/rankings/:framework/:edition/:period.csv', { schema: rankingSchema(true) }, async (request, reply) => {
    const ranking = await publicRanking(store, request.params.framework, request.params.edition, request.params.period);
    return sendCsv(reply, `${ranking.framework.code}-${ranking.edition.edition}-${ranking.period}`, rankingCsv(ranking));
  });
};
