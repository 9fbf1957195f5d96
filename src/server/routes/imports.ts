import { rm } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access.ts';
import { clipText } from '../../app/imports/reader-base.ts';
import { ImportRunner } from '../../app/imports/import-runner.ts';
import type { ImportProgress } from '../../app/imports/types.ts';
import {
  commitOwnImport,
  defaultImportsDir,
  getOwnImport,
  getOwnImportRows,
  importTemplate,
  precheckUpload,
  startUpload,
  writeUpload,
} from '../../app/imports/uploads.ts';
import { requireActor } from '../auth/guard.ts';
import { appError } from '../../domain/errors.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import type { RoutePlugin } from '../route-deps.ts';
import {
  commitSchema,
  importIdParams,
  importRowsQuerystring,
  importRowsSchema,
  importSchema,
  presentImport,
  templateParams,
  templateQuerystring,
} from '../schemas/import-schemas.ts';
import { fileResponse } from '../schemas/import-evidence-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Largest spreadsheet accepted (100,000 rows of a wide CSV fit easily). */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Multipart fields as the text the import reads. */
function asText(fields: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, String(value)]));
}

/** Spreadsheet import: template, upload → preview, status and progress, commit all or nothing. */
export const importsRoutes: RoutePlugin = async (app, deps) => {
  const dir = deps.files?.importsDir ?? defaultImportsDir();
  const now = deps.now ?? (() => new Date());
  // Commits in progress in this process (a commit is one transaction: its progress is not in the store until it ends).
  const committing = new Map<string, ImportProgress>();
  // Reading and commits run in worker threads when the store can be shared: the server keeps answering meanwhile.
  const runner = new ImportRunner(deps.store, deps.files?.importRunner ?? {});
  app.addHook('onClose', async () => runner.close());
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 1000, fileSize: MAX_IMPORT_BYTES } });

  app.get(
    '/datasets/:code/template.xlsx',
    {
      schema: {
        tags,
        summary: "Tệp mẫu XLSX của biểu mẫu và kỳ, với các đơn vị của người gọi / the XLSX template of a dataset and period, with the caller's units",
        params: templateParams,
        querystring: templateQuerystring,
        response: { 200: fileResponse([XLSX], 'Tệp mẫu / the template'), ...errorResponses(403, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, content } = await importTemplate(deps.store, requireActor(request), request.params.code, request.query.period);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );

  async function receiveUpload(request: FastifyRequest, actor: Actor): Promise<{ fields: Record<string, string>; path: string; fileName: string }> {
    const upload = await receiveMultipartUpload(request, {
      store: async (part, fieldsSoFar) => {
        await precheckUpload(deps.store, actor, asText(fieldsSoFar));
        return writeUpload(dir, part.file);
      },
      discard: (path) => rm(path, { force: true }),
    });
    return { fields: asText(upload.fields), path: upload.file ?? '', fileName: clipText(upload.fileName.split(/[/\\]/).pop() || 'tep-nhap', 255) };
  }

  const upload = {
    tags,
    summary: 'Tải lên bảng tính (multipart): đọc và trả bản xem trước / upload a spreadsheet (multipart): read it, answer its preview',
    querystring: noQuerystring,
    response: { 201: importSchema, ...errorResponses(403, 404, 422) },
  };
  app.post('/imports', { schema: upload }, async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart())
      throw appError('UNSUPPORTED_MEDIA_TYPE', {
        type: `${request.headers['content-type'] ?? '(none)'} (cần multipart/form-data / expected multipart/form-data)`,
      });
    const job = await startUpload(deps.store, actor, await receiveUpload(request, actor), { now, runner });
    return reply.status(201).send(presentImport(job));
  });

  const status = {
    tags,
    summary: "Trạng thái và tiến độ một lượt nhập / an import's status and progress",
    params: importIdParams,
    querystring: noQuerystring,
    response: { 200: importSchema, ...errorResponses(403, 404) },
  };
  app.get('/imports/:id', { schema: status }, async (request) => {
    return presentImport(await getOwnImport(deps.store, requireActor(request), request.params.id), committing.get(request.params.id));
  });

  const rows = {
    tags,
    summary:
      "Một trang các dòng của tệp (ô dạng chữ, số dòng trong bảng tính) cho lưới xem trước / a page of the file's rows (text cells, sheet row numbers) for the preview grid",
    params: importIdParams,
    querystring: importRowsQuerystring,
    response: { 200: importRowsSchema, ...errorResponses(403, 404) },
  };
  app.get('/imports/:id/rows', { schema: rows }, async (request) => {
    const { offset = 0, limit = 200 } = request.query;
    return getOwnImportRows(deps.store, requireActor(request), request.params.id, offset, limit);
  });

  const commit = {
    tags,
    summary: 'Ghi mọi số liệu của lượt nhập, tất cả hoặc không gì / write every value of an import, all or nothing',
    params: importIdParams,
    querystring: noQuerystring,
    response: { 200: commitSchema, ...errorResponses(403, 404, 409, 422, 503) },
  };
  app.post('/imports/:id/commit', { schema: commit }, async (request) => {
    const id = request.params.id;
    return commitOwnImport(deps.store, requireActor(request), id, { now, runner, onProgress: (progress) => committing.set(id, progress) }).finally(() =>
      committing.delete(id),
    );
  });
};
