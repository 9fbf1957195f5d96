import multipart from '@fastify/multipart';
import { createFileEvidence, createReferenceEvidence } from '../../app/evidence/create.ts';
import { getEvidence, openEvidenceFile } from '../../app/evidence/read.ts';
import { AppError } from '../../domain/errors.ts';
import {
  cleanFileName,
  defaultEvidenceDir,
  defaultEvidenceMaxBytes,
  discardEvidenceFile,
  EVIDENCE_MEDIA_TYPES,
  receiveEvidenceFile,
  type Evidence,
  type ReceivedFile,
} from '../../app/evidence/uploads.ts';
import { requireActor } from '../auth/guard.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { contentDisposition, evidenceIdParams, evidenceSchema, fileResponse } from '../schemas/import-evidence-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['evidence'];

/** Evidence (minh chứng): create (document reference, link as JSON; file as multipart), read, download. */
export const evidenceRoutes: RoutePlugin = async (app, deps) => {
  const dir = deps.files?.evidenceDir ?? defaultEvidenceDir();
  const maxBytes = deps.files?.evidenceMaxBytes ?? defaultEvidenceMaxBytes();
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 10_000, fileSize: maxBytes + 1 } });

  const create = {
    tags,
    summary: 'Tạo minh chứng: văn bản, đường dẫn (JSON) hoặc tệp (multipart) / create evidence: a document, a link (JSON) or a file (multipart)',
    querystring: noQuerystring,
    response: { 201: evidenceSchema, ...errorResponses(403, 404) },
  };
  app.post('/evidence', { schema: create }, async (request, reply) => {
    const actor = requireActor(request);
    const now = deps.now?.() ?? new Date();
    if (!request.isMultipart()) return reply.status(201).send(await createReferenceEvidence(deps.store, actor, request.body ?? {}, now));
    const upload = await receiveMultipartUpload<ReceivedFile>(request, {
      store: (part) => receiveEvidenceFile(dir, part.file, maxBytes),
      discard: discardEvidenceFile,
      isTooLarge: (error) => error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE',
    });
    const evidence = await createFileEvidence(
      deps.store,
      actor,
      { fields: upload.fields, file: upload.file, fileName: cleanFileName(upload.fileName) },
      dir,
      now,
    );
    return reply.status(201).send(evidence);
  });

  const read = {
    tags,
    summary: 'Một minh chứng / one evidence record',
    params: evidenceIdParams,
    querystring: noQuerystring,
    response: { 200: evidenceSchema, ...errorResponses(403, 404) },
  };
  app.get('/evidence/:id', { schema: read }, async (request) => getEvidence(deps.store, requireActor(request), request.params.id));

  const download = {
    tags,
    summary: 'Tải tệp minh chứng / download an evidence file',
    params: evidenceIdParams,
    querystring: noQuerystring,
    response: {
      200: fileResponse(EVIDENCE_MEDIA_TYPES, 'Tệp, với tên gốc trong Content-Disposition / the file, its original name in Content-Disposition'),
      ...errorResponses(403, 404),
    },
  };
  app.get('/evidence/:id/file', { schema: download }, async (request, reply) => {
    const missing = (evidence: Evidence) => request.log.error({ evidence: evidence.id, sha256: evidence.file?.sha256 }, 'the stored evidence file is missing');
    const { evidence, handle } = await openEvidenceFile(deps.store, requireActor(request), request.params.id, dir, missing);
    return reply
      .header('content-type', evidence.file.mediaType)
      .header('content-length', evidence.file.size)
      .header('content-disposition', contentDisposition(evidence.file.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(handle.createReadStream());
  });
};
