import type { FastifyPluginAsync } from 'fastify';
import { getEdition, getFramework, listFrameworks } from '../../app/frameworks/frameworks.ts';
import { diffScoreRun, getScores, publishScoreRun, runScoreRun } from '../../app/frameworks/score-runs.ts';
import { requireActor } from '../auth/guard.ts';
import type { RouteDeps } from '../route-deps.ts';
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
  type EditionParams,
  type FrameworkParams,
  type RunBody,
  type RunParams,
  type ScoresQuerystring,
} from '../schemas/framework-schemas.ts';

/** Scoring frameworks, editions, score runs (compute, publish, diff) and published rankings. */
export const frameworksRoutes: FastifyPluginAsync<RouteDeps> = async (app, { store }) => {
  app.get('/frameworks', { schema: { querystring: noQuerystring, response: { 200: frameworkListSchema } } }, async () => ({ items: await listFrameworks(store) }));

  app.get<{ Params: FrameworkParams }>('/frameworks/:code', { schema: { params: frameworkParams, querystring: noQuerystring, response: { 200: frameworkSchema } } }, async (request) =>
    getFramework(store, request.params.code),
  );

  app.get<{ Params: EditionParams }>(
    '/frameworks/:code/editions/:edition',
    { schema: { params: editionParams, querystring: noQuerystring, response: { 200: editionSchema } } },
    async (request) => presentEdition(await getEdition(store, request.params.code, request.params.edition)),
  );

  app.get<{ Params: EditionParams; Querystring: ScoresQuerystring }>(
    '/frameworks/:code/editions/:edition/scores',
    { schema: { params: editionParams, querystring: scoresQuerystring, response: { 200: scoresSchema } } },
    async (request) => {
      const { run, results, definition } = await getScores(store, requireActor(request), { framework: request.params.code, edition: request.params.edition, ...request.query });
      return { run, items: results.map((r) => presentResult(definition, r)) };
    },
  );

  app.post<{ Params: EditionParams; Body: RunBody }>(
    '/frameworks/:code/editions/:edition/runs',
    { schema: { params: editionParams, querystring: noQuerystring, body: runBody, response: { 201: scoresSchema } } },
    async (request, reply) => {
      const { run, results, definition } = await runScoreRun(store, requireActor(request), { framework: request.params.code, edition: request.params.edition, ...request.body });
      return reply.status(201).send({ run, items: results.map((r) => presentResult(definition, r)) });
    },
  );

  app.post<{ Params: RunParams }>(
    '/frameworks/:code/editions/:edition/runs/:id/publish',
    { schema: { params: runParams, querystring: noQuerystring, response: { 200: runSchema } } },
    async (request) => publishScoreRun(store, requireActor(request), request.params.code, request.params.edition, request.params.id),
  );

  app.get<{ Params: RunParams }>(
    '/frameworks/:code/editions/:edition/runs/:id/diff',
    { schema: { params: runParams, querystring: noQuerystring, response: { 200: diffSchema } } },
    async (request) => {
      const diff = await diffScoreRun(store, requireActor(request), request.params.code, request.params.edition, request.params.id);
      return { run: diff.run, previous: diff.previous, units: diff.units.map(presentDiff) };
    },
  );
};
