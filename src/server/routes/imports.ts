import { rm } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access.ts';
import { describeDataset } from '../../app/imports/dataset-description.ts';
import { clipText } from '../../app/imports/reader-base.ts';
import { commitImport, startImport } from '../../app/imports/import-job.ts';
import { ImportRunner } from '../../app/imports/import-runner.ts';
import type { ImportProgress } from '../../app/imports/types.ts';
import { buildTemplate } from '../../app/imports/template.ts';
import { defaultImportsDir, writeUpload } from '../../store/imports/files.ts';
import { getImportJob, setImportCreatorKind, type ImportJob } from '../../store/imports/repo.ts';
import { requireActor } from '../auth/guard.ts';
import { appError } from '../../domain/errors.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  commitSchema,
  importIdParams,
  importSchema,
  presentImport,
  templateParams,
  templateQuerystring,
  type ImportIdParams,
  type TemplateParams,
  type TemplateQuerystring,
} from '../schemas/import-schemas.ts';

/** Largest spreadsheet accepted (100,000 rows of a wide CSV fit easily). */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Multipart fields as the text the import reads. */
function asText(fields: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, String(value)]));
}

/** Only the user or token who uploaded the file (same name AND kind: the two may share a name), or an admin, sees and commits it. */
function ownJob(job: ImportJob | null, actor: Actor, id: string): ImportJob {
  if (!job) throw appError('NOT_FOUND');
  const owner = job.createdBy === actor.name && job.createdByKind === actor.kind;
  if (actor.role !== 'admin' && !owner) throw appError('FORBIDDEN', { action: 'read', target: `import ${id}` });
  return job;
}

/** Spreadsheet import: template, upload → preview, status and progress, commit all or nothing. */
export const importsRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const dir = deps.files?.importsDir ?? defaultImportsDir();
  const now = deps.now ?? (() => new Date());
  // Commits in progress in this process (a commit is one transaction: its progress is not in the store until it ends).
  const committing = new Map<string, ImportProgress>();
  // Reading and commits run in worker threads when the store can be shared: the server keeps answering meanwhile.
  const runner = new ImportRunner(deps.store, deps.files?.importRunner ?? {});
  app.addHook('onClose', async () => runner.close());
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 1000, fileSize: MAX_IMPORT_BYTES } });

  app.get<{ Params: TemplateParams; Querystring: TemplateQuerystring }>(
    '/datasets/:code/template.xlsx',
    { schema: { params: templateParams, querystring: templateQuerystring } },
    async (request, reply) => {
      const actor = requireActor(request);
      const description = await describeDataset(deps.store, request.params.code, request.query.period, actor);
      const units = description.units.filter((u) => u.writable !== false);
      if (units.length === 0 && actor.role !== 'admin') throw appError('FORBIDDEN', { action: 'write_values', target: description.dataset.code });
      const file = await buildTemplate({ ...description, units });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="mau-${description.dataset.code}-${description.period}.xlsx"`)
        .header('x-content-type-options', 'nosniff')
        .send(file);
    },
  );

  /**
   * Before a byte of the file is stored: when the form's fields came first (`dataset`, `period`, then `file`),
   * refuse an unknown dataset or a caller who may write no unit of it at that period. startImport checks again.
   */
  async function precheckUpload(fields: Record<string, string>, actor: Actor): Promise<void> {
    if (!fields.dataset) return;
    const description = await describeDataset(deps.store, fields.dataset, fields.period ?? '', actor);
    if (description.period !== '' && actor.role !== 'admin' && !description.units.some((u) => u.writable !== false)) {
      throw appError('FORBIDDEN', { action: 'write_values', target: description.dataset.code });
    }
  }

  async function receiveUpload(request: FastifyRequest, actor: Actor): Promise<{ fields: Record<string, string>; path: string; fileName: string }> {
    const upload = await receiveMultipartUpload(request, {
      store: async (part, fieldsSoFar) => {
        await precheckUpload(asText(fieldsSoFar), actor);
        return writeUpload(dir, part.file);
      },
      discard: (path) => rm(path, { force: true }),
    });
    return { fields: asText(upload.fields), path: upload.file ?? '', fileName: clipText(upload.fileName.split(/[/\\]/).pop() || 'tep-nhap', 255) };
  }

  app.post('/imports', { schema: { querystring: noQuerystring, response: { 201: importSchema } } }, async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart()) throw appError('UNSUPPORTED_MEDIA_TYPE', { type: `${request.headers['content-type'] ?? '(none)'} (cần multipart/form-data / expected multipart/form-data)` });
    const { fields, path, fileName } = await receiveUpload(request, actor);
    try {
      // The period may be left out when the file's rows name it (a long file with a period column).
      for (const field of ['dataset', 'file'] as const) {
        if (!(field === 'file' ? path : fields[field])) throw appError('BAD_REQUEST', { field, reason: 'là trường bắt buộc / is required' }, [{ field, message: 'là trường bắt buộc / is required' }]);
      }
      const job = await startImport(deps.store, { storedFile: path, fileName, datasetCode: fields.dataset ?? '', period: fields.period ?? '', actor, now, runner });
      // The job's id has not left the server yet, so nobody else can reach the job before its owner's kind is set.
      await setImportCreatorKind(deps.store.db, job.id, actor.kind);
      return reply.status(201).send(presentImport(job));
    } catch (error) {
      await rm(path, { force: true }).catch(() => undefined);
      throw error;
    }
  });

  app.get<{ Params: ImportIdParams }>('/imports/:id', { schema: { params: importIdParams, querystring: noQuerystring, response: { 200: importSchema } } }, async (request) => {
    const actor = requireActor(request);
    return presentImport(ownJob(await getImportJob(deps.store.db, request.params.id), actor, request.params.id), committing.get(request.params.id));
  });

  app.post<{ Params: ImportIdParams }>('/imports/:id/commit', { schema: { params: importIdParams, querystring: noQuerystring, response: { 200: commitSchema } } }, async (request) => {
    const actor = requireActor(request);
    ownJob(await getImportJob(deps.store.db, request.params.id), actor, request.params.id);
    const id = request.params.id;
    return commitImport(deps.store, id, actor, { now, runner, onProgress: (progress) => committing.set(id, progress) }).finally(() => committing.delete(id));
  });
};
