/**
 * Metadata reads for the dashboard: data elements, indicators (with their formula, elements and the plans that
 * target them) and plans (with their targets by group), paged and filtered. Who sees what: app/metadata/access.ts.
 * GET /plans/{code}/status (the targets' figures) is in analytics.ts.
 */
import type { RoutePlugin } from '../route-deps.ts';
import { KEPT } from '../answer-cache-hooks.ts';
import { requireActor } from '../auth/guard.ts';
import { findDataElements } from '../../app/metadata/data-elements.ts';
import { findIndicators } from '../../app/metadata/indicators.ts';
import { readIndicator } from '../../app/metadata/indicator-detail.ts';
import { findPlans } from '../../app/metadata/plans.ts';
import { readPlan } from '../../app/metadata/plan-detail.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  dataElementsQuerystring,
  dataElementsResponse,
  indicatorParams,
  indicatorResponse,
  indicatorsQuerystring,
  indicatorsResponse,
  planCodeParams,
  planResponse,
  plansQuerystring,
  plansResponse,
} from '../schemas/metadata-schemas.ts';

const tags = ['metadata'];

export const metadataRoutes: RoutePlugin = async (app, { store, today }) => {
  const dataElements = {
    tags,
    summary: 'Phần tử dữ liệu, lọc và phân trang / data elements, filtered and paged',
    querystring: dataElementsQuerystring,
    response: dataElementsResponse,
  };
  app.get('/data-elements', { schema: dataElements, config: KEPT }, async (request) => findDataElements(store, requireActor(request), request.query));

  const indicators = {
    tags,
    summary: 'Chỉ tiêu, lọc và phân trang / indicators, filtered and paged',
    querystring: indicatorsQuerystring,
    response: indicatorsResponse,
  };
  app.get('/indicators', { schema: indicators, config: KEPT }, async (request) => findIndicators(store, requireActor(request), today(), request.query));

  const indicator = {
    tags,
    summary: 'Một chỉ tiêu: công thức, phần tử dữ liệu, các kế hoạch đặt mục tiêu / one indicator: formula, data elements, the plans that target it',
    params: indicatorParams,
    querystring: noQuerystring,
    response: indicatorResponse,
  };
  app.get('/indicators/:code', { schema: indicator, config: KEPT }, async (request) =>
    readIndicator(store, requireActor(request), today(), request.params.code),
  );

  const plans = { tags, summary: 'Kế hoạch, lọc và phân trang / plans, filtered and paged', querystring: plansQuerystring, response: plansResponse };
  app.get('/plans', { schema: plans, config: KEPT }, async (request) => findPlans(store, requireActor(request), today(), request.query));

  const plan = {
    tags,
    summary: 'Một kế hoạch và các mục tiêu theo nhóm / one plan and its targets by group',
    params: planCodeParams,
    querystring: noQuerystring,
    response: planResponse,
  };
  app.get('/plans/:code', { schema: plan, config: KEPT }, async (request) => readPlan(store, requireActor(request), today(), request.params.code));
};
