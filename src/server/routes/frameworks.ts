import { getEdition, getFramework, listFrameworks } from '../../app/frameworks/frameworks.ts';
import { diffScoreRun, getScores, publishScoreRun, runScoreRun } from '../../app/frameworks/score-runs.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { presentDiff, presentEdition, presentResult } from '../schemas/framework-present.ts';
import {
  diffSchema,
  editionParams,
  editionSchema,
  frameworkListSchema,
  frameworkParams,
  frameworkSchema,
  noQuerystring,
  runBody,
  runParams,
  runSchema,
  scoresQuerystring,
  scoresSchema,
} from '../schemas/framework-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['frameworks'];

/** Scoring frameworks, editions, score runs (compute, publish, diff) and published rankings. */
export const frameworksRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/frameworks',
    {
      schema: {
        tags,
        summary: 'Các bộ chỉ số đánh giá và phiên bản / scoring frameworks and their editions',
        querystring: noQuerystring,
        response: { 200: frameworkListSchema },
      },
    },
    async () => ({ items: await listFrameworks(store) }),
  );

  app.get(
    '/frameworks/:code',
    {
      schema: {
        tags,
        summary: 'Một bộ chỉ số / one framework',
        params: frameworkParams,
        querystring: noQuerystring,
        response: { 200: frameworkSchema, ...errorResponses(404) },
      },
    },
    async (request) => getFramework(store, request.params.code),
  );

  app.get(
    '/frameworks/:code/editions/:edition',
    {
      schema: {
        tags,
        summary: 'Cây một phiên bản: chỉ số chính, thành phần, trụ cột / an edition tree: main indices, components, pillars',
        params: editionParams,
        querystring: noQuerystring,
        response: { 200: editionSchema, ...errorResponses(404) },
      },
    },
    async (request) => presentEdition(await getEdition(store, request.params.code, request.params.edition)),
  );

  app.get(
    '/frameworks/:code/editions/:edition/scores',
    {
      schema: {
        tags,
        summary: 'Kết quả chấm điểm và xếp hạng đã công bố (hoặc một lần chấm) / published scores and ranks (or one revision)',
        params: editionParams,
        querystring: scoresQuerystring,
        response: { 200: scoresSchema, ...errorResponses(403, 404) },
      },
    },
    async (request) => {
      const { run, results, definition } = await getScores(store, requireActor(request), {
        framework: request.params.code,
        edition: request.params.edition,
        ...request.query,
      });
      return { run, items: results.map((r) => presentResult(definition, r)) };
    },
  );

  app.post(
    '/frameworks/:code/editions/:edition/runs',
    {
      schema: {
        tags,
        summary: 'Chấm điểm một kỳ thành bản nháp (quản trị viên) / compute a draft score run for a period (admins)',
        params: editionParams,
        querystring: noQuerystring,
        body: runBody,
        response: { 201: scoresSchema, ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { run, results, definition } = await runScoreRun(store, requireActor(request), {
        framework: request.params.code,
        edition: request.params.edition,
        ...request.body,
      });
      return reply.status(201).send({ run, items: results.map((r) => presentResult(definition, r)) });
    },
  );

  app.post(
    '/frameworks/:code/editions/:edition/runs/:id/publish',
    {
      schema: {
        tags,
        summary: 'Công bố một lần chấm điểm, sau đó không sửa được (quản trị viên) / publish a score run, frozen from then on (admins)',
        params: runParams,
        querystring: noQuerystring,
        response: { 200: runSchema, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => publishScoreRun(store, requireActor(request), request.params.code, request.params.edition, request.params.id),
  );

  app.get(
    '/frameworks/:code/editions/:edition/runs/:id/diff',
    {
      schema: {
        tags,
        summary: 'So sánh một lần chấm với lần trước / a score run against the previous revision',
        params: runParams,
        querystring: noQuerystring,
        response: { 200: diffSchema, ...errorResponses(403, 404) },
      },
    },
    async (request) => {
      const diff = await diffScoreRun(store, requireActor(request), request.params.code, request.params.edition, request.params.id);
      return { run: diff.run, previous: diff.previous, units: diff.units.map(presentDiff) };
    },
  );
};
