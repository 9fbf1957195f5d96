import type { FastifyPluginAsync } from 'fastify';
import { getFramework, listFrameworks } from '../../store/frameworks/repo.ts';
import { requireEdition, runScores } from '../../compute/scores/run-scores.ts';
import { diffScoreRun, getScores, publishScoreRun, requireRun } from '../../compute/scores/score-runs.ts';
import { appError } from '../../domain/errors.ts';
import { authorize } from '../auth/guard.ts';
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
  app.get('/frameworks', { schema: { querystring: noQuerystring, response: { 200: frameworkListSchema } } }, async () => ({ items: await listFrameworks(store.db) }));

  app.get<{ Params: FrameworkParams }>('/frameworks/:code', { schema: { params: frameworkParams, querystring: noQuerystring, response: { 200: frameworkSchema } } }, async (request) => {
    const framework = await getFramework(store.db, request.params.code);
    if (!framework) throw appError('FRAMEWORK_NOT_FOUND', { code: request.params.code });
    return framework;
  });

  app.get<{ Params: EditionParams }>(
    '/frameworks/:code/editions/:edition',
    { schema: { params: editionParams, querystring: noQuerystring, response: { 200: editionSchema } } },
    async (request) => presentEdition((await requireEdition(store, request.params.code, request.params.edition)).edition),
  );

  app.get<{ Params: EditionParams; Querystring: ScoresQuerystring }>(
    '/frameworks/:code/editions/:edition/scores',
    { schema: { params: editionParams, querystring: scoresQuerystring, response: { 200: scoresSchema } } },
    async (request) => {
      const { code, edition } = request.params;
      const { run, results, definition } = await getScores(store, { framework: code, edition, ...request.query });
      if (run.status !== 'published') authorize(request, 'manage'); // drafts are for admins
      return { run, items: results.map((r) => presentResult(definition, r)) };
    },
  );

  app.post<{ Params: EditionParams; Body: RunBody }>(
    '/frameworks/:code/editions/:edition/runs',
    { schema: { params: editionParams, querystring: noQuerystring, body: runBody, response: { 201: scoresSchema } } },
    async (request, reply) => {
      const { code, edition } = request.params;
      const actor = authorize(request, 'manage');
      const { run, results } = await runScores(store, { framework: code, edition, ...request.body, createdBy: actor.name });
      const { edition: definition } = await requireEdition(store, code, edition);
      return reply.status(201).send({ run, items: results.map((r) => presentResult(definition, r)) });
    },
  );

  app.post<{ Params: RunParams }>(
    '/frameworks/:code/editions/:edition/runs/:id/publish',
    { schema: { params: runParams, querystring: noQuerystring, response: { 200: runSchema } } },
    async (request) => {
      const { code, edition, id } = request.params;
      const actor = authorize(request, 'manage');
      return publishScoreRun(store, code, edition, id, actor.name);
    },
  );

  app.get<{ Params: RunParams }>(
    '/frameworks/:code/editions/:edition/runs/:id/diff',
    { schema: { params: runParams, querystring: noQuerystring, response: { 200: diffSchema } } },
    async (request) => {
      const { code, edition, id } = request.params;
      const run = await requireRun(store, code, edition, id);
      if (run.status !== 'published') authorize(request, 'manage');
      const diff = await diffScoreRun(store, code, edition, id);
      return { run: diff.run, previous: diff.previous, units: diff.units.map(presentDiff) };
    },
  );
};
