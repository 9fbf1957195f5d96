/**
 * Metadata reads for the dashboard: data elements, indicators (with their formula, elements and the plans that
 * target them) and plans (with their targets by group), paged and filtered. Who sees what: app/metadata/access.ts.
 * GET /plans/{code}/status (the targets' figures) is in analytics.ts.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';
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
  type CodeParams,
  type DataElementsQuerystring,
  type IndicatorsQuerystring,
  type PlansQuerystring,
} from '../schemas/metadata-schemas.ts';

export const metadataRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store, today }) => {
  app.get<{ Querystring: DataElementsQuerystring }>('/data-elements', { schema: { querystring: dataElementsQuerystring, response: dataElementsResponse } }, async (request) =>
    findDataElements(store, requireActor(request), request.query),
  );

  app.get<{ Querystring: IndicatorsQuerystring }>('/indicators', { schema: { querystring: indicatorsQuerystring, response: indicatorsResponse } }, async (request) =>
    findIndicators(store, requireActor(request), today(), request.query),
  );

  app.get<{ Params: CodeParams }>('/indicators/:code', { schema: { params: indicatorParams, querystring: noQuerystring, response: indicatorResponse } }, async (request) =>
    readIndicator(store, requireActor(request), today(), request.params.code),
  );

  app.get<{ Querystring: PlansQuerystring }>('/plans', { schema: { querystring: plansQuerystring, response: plansResponse } }, async (request) =>
    findPlans(store, requireActor(request), today(), request.query),
  );

  app.get<{ Params: CodeParams }>('/plans/:code', { schema: { params: planCodeParams, querystring: noQuerystring, response: planResponse } }, async (request) =>
    readPlan(store, requireActor(request), today(), request.params.code),
  );
};
