/**
 * Published results of a framework edition: entered as published (JSON body, or a CSV / XLSX / JSON file as
 * multipart, admins), the runs of an edition (drafts for admins only), and a unit's published total and rank in
 * each framework edition (for a unit page).
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import { importPublishedRun } from '../../app/frameworks/import-published-run.ts';
import { headerFromFields, publishedBody } from '../../app/frameworks/published-header.ts';
import { importPublishedFile } from '../../app/frameworks/published-upload.ts';
import { PUBLISHED_FILE_BYTES } from '../../app/frameworks/published-file-read.ts';
import { listScoreRuns, unitScores } from '../../app/frameworks/run-reads.ts';
import { appError } from '../../domain/errors.ts';
import { requireActor } from '../auth/guard.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { presentResult } from '../schemas/framework-present.ts';
import { editionParams, noQuerystring, runListSchema, scoresSchema, unitParams, unitScoresSchema } from '../schemas/framework-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { viaOf } from '../request-via.ts';

const tags = ['frameworks'];

/** The client's file name reduced to its last segment, printable, at most 200 characters. */
const cleanName = (name: string) => (name.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200) || 'upload';

export const publishedScoresRoutes: RoutePlugin = async (app, { store }) => {
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 1000, fileSize: PUBLISHED_FILE_BYTES } });

  app.get(
    '/frameworks/:code/editions/:edition/runs',
    {
      schema: {
        tags,
        summary: 'Các lượt chấm điểm của một phiên bản, mới nhất trước; bản nháp chỉ cho quản trị viên / the runs of an edition; drafts for admins only',
        params: editionParams,
        querystring: noQuerystring,
        response: { 200: runListSchema, ...errorResponses(403, 404) },
      },
    },
    async (request) => ({ items: await listScoreRuns(store, requireActor(request), request.params.code, request.params.edition) }),
  );

  app.post(
    '/frameworks/:code/editions/:edition/runs/import',
    {
      schema: {
        tags,
        summary:
          'Nhập kết quả đã công bố (JSON, hoặc tệp CSV/XLSX/JSON qua multipart), thành một lần đã công bố (quản trị viên) / ' +
          'enter published results (JSON, or a CSV/XLSX/JSON file as multipart) as a published revision (admins)',
        params: editionParams,
        querystring: noQuerystring,
        response: { 201: scoresSchema, ...errorResponses(403, 404, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { code: framework, edition } = request.params;
      const via = viaOf(request);
      let answer;
      if (!request.isMultipart()) {
        answer = await importPublishedRun(store, actor, { framework, edition, file: publishedBody(request.body), via });
      } else {
        const upload = await receiveMultipartUpload<string>(request, {
          store: async (part) => {
            const path = join(tmpdir(), `dx-ioc-published-${randomUUID()}`);
            await pipeline(part.file, createWriteStream(path));
            return path;
          },
          discard: (path) => rm(path, { force: true }),
        });
        if (!upload.file)
          throw appError('BAD_REQUEST', { field: 'file', reason: 'thiếu tệp / no file part' }, [{ field: 'file', message: 'thiếu tệp / no file' }]);
        try {
          const header = headerFromFields(upload.fields);
          answer = await importPublishedFile(store, actor, { framework, edition, path: upload.file, fileName: cleanName(upload.fileName), header, via });
        } finally {
          await rm(upload.file, { force: true });
        }
      }
      return reply.status(201).send({ run: answer.run, items: answer.results.map((r) => presentResult(answer.definition, r)) });
    },
  );

  app.get(
    '/units/:code/scores',
    {
      schema: {
        tags,
        summary: 'Điểm và thứ hạng đã công bố của một đơn vị trong từng bộ chỉ số, phiên bản, kỳ / a unit’s published score and rank in each framework edition',
        params: unitParams,
        querystring: noQuerystring,
        response: { 200: unitScoresSchema, ...errorResponses(403) },
      },
    },
    async (request) => {
      const items = await unitScores(store, requireActor(request), request.params.code);
      return {
        unit: request.params.code,
        items: items.map(({ definition, ...i }) => ({ ...i, result: presentResult(definition, i.result) })),
      };
    },
  );
};
