/**
 * Phản ánh hiện trường for everyone, no login (in the public scope: rate-limited per address, cached): the
 * categories, the reports past moderation — by default the handled ones with their public answers —, one report,
 * and for the citizen: filing (anonymous: it waits for moderation; a tighter limit per address and a small body),
 * adding photos (multipart, JPEG or PNG by content, the evidence store's size limit, at most 5), following their
 * own report and rating the answer with the secret they got, and finding the commune a report is about. Never a name, a contact or a token
 * in an answer: the response schemas list the public fields only.
 */
import multipart from '@fastify/multipart';
import { rateReport } from '../../app/feedback/act.ts';
import { addFeedbackPhoto, MAX_PHOTOS_PER_REPORT, openFeedbackPhoto } from '../../app/feedback/photos.ts';
import { defaultEvidenceDir, defaultEvidenceMaxBytes, discardEvidenceFile, receiveEvidenceFile, type ReceivedFile } from '../../app/evidence/uploads.ts';
import { AppError } from '../../domain/errors.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import { fileResponse } from '../schemas/import-evidence-schemas.ts';
import { fileReport } from '../../app/feedback/file-report.ts';
import { feedbackPlaces } from '../../app/feedback/places.ts';
import { publicFeedback, publicFeedbackReport, trackFeedback } from '../../app/feedback/reads.ts';
import { FEEDBACK_CATEGORIES } from '../../domain/feedback.ts';
import { ValidationError } from '../../domain/metadata.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  feedbackActionResponse,
  feedbackCategoriesResponse,
  feedbackParams,
  feedbackPlacesQuerystring,
  feedbackPlacesResponse,
  fileFeedbackBody,
  filedFeedbackResponse,
  publicFeedbackQuerystring,
  publicFeedbackResponse,
  publicReportSchema,
  rateFeedbackBody,
  trackFeedbackBody,
} from '../schemas/feedback-schemas.ts';

const tags = ['opendata'];
/** A photo at most (a phone's photo, resized by the app; the evidence store's own limit is larger). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** A filed report's body at most (text and links; photos go through their own route). */
export const FEEDBACK_BODY_BYTES = 16 * 1024;

/** Reports one address may file an hour (DXIOC_FEEDBACK_RATE_LIMIT, else 10). */
export function feedbackFilingLimit(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DXIOC_FEEDBACK_RATE_LIMIT);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

export const publicFeedbackRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const common = errorResponses(429);
  const dir = deps.files?.evidenceDir ?? defaultEvidenceDir();
  const maxBytes = Math.min(deps.files?.evidenceMaxBytes ?? defaultEvidenceMaxBytes(), PHOTO_MAX_BYTES);
  await app.register(multipart, { limits: { files: 1, fields: 2, fieldSize: 200, fileSize: maxBytes + 1 } });

  app.post(
    '/public/feedback/photos',
    {
      config: { rateLimit: { max: feedbackFilingLimit() * MAX_PHOTOS_PER_REPORT, timeWindow: 3_600_000 } },
      schema: {
        tags,
        summary: 'Người dân thêm ảnh cho phản ánh của mình (multipart: token, file; JPG, PNG) / a citizen adds a photo',
        querystring: noQuerystring,
        response: {
          201: { type: 'object', additionalProperties: false, required: ['id', 'url'], properties: { id: { type: 'integer' }, url: { type: 'string' } } },
          ...errorResponses(404, 413, 422, 429),
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new ValidationError([{ path: 'file', message: 'gửi ảnh dạng multipart/form-data (token, file) / send multipart/form-data' }]);
      const upload = await receiveMultipartUpload<ReceivedFile>(request, {
        store: (part) => receiveEvidenceFile(dir, part.file, maxBytes),
        discard: discardEvidenceFile,
        isTooLarge: (error) => error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE',
      });
      const token = typeof upload.fields.token === 'string' ? upload.fields.token : '';
      return reply.status(201).send(await addFeedbackPhoto(store, { token, file: upload.file, fileName: upload.fileName }, dir, now()));
    },
  );

  app.get(
    '/public/feedback/photos/:id',
    {
      schema: {
        tags,
        summary: 'Ảnh của một phản ánh công khai / a photo of a public report',
        querystring: noQuerystring,
        params: feedbackParams,
        response: { 200: fileResponse(['image/jpeg', 'image/png'], 'Ảnh / the photo'), ...errorResponses(404, 429) },
      },
    },
    async (request, reply) => {
      const photo = await openFeedbackPhoto(store, (request.params as { id: number }).id, dir);
      return reply
        .header('content-type', photo.mediaType)
        .header('content-length', photo.size)
        .header('cache-control', 'public, max-age=86400')
        .send(photo.handle.createReadStream());
    },
  );

  app.get(
    '/public/feedback/categories',
    {
      schema: {
        tags,
        summary: 'Các loại phản ánh và thời hạn xử lý / feedback categories and deadlines',
        querystring: noQuerystring,
        response: { 200: feedbackCategoriesResponse, ...common },
      },
    },
    async () => FEEDBACK_CATEGORIES,
  );

  app.get(
    '/public/feedback/places',
    {
      schema: {
        tags,
        summary: 'Tìm xã, phường để gửi phản ánh (không dấu cũng được) / find the commune a report is about',
        querystring: feedbackPlacesQuerystring,
        response: { 200: feedbackPlacesResponse, ...common },
      },
    },
    async (request) => feedbackPlaces(store, (request.query as { q: string }).q, deps.today()),
  );

  app.get(
    '/public/feedback',
    {
      schema: {
        tags,
        summary: 'Phản ánh đã xử lý và câu trả lời (không có thông tin cá nhân) / handled reports and their answers, no personal data',
        querystring: publicFeedbackQuerystring,
        response: { 200: publicFeedbackResponse, ...errorResponses(404, 429) },
      },
    },
    async (request) => publicFeedback(store, request.query as never, now()),
  );

  app.get(
    '/public/feedback/:id',
    {
      schema: {
        tags,
        summary: 'Một phản ánh (không có thông tin cá nhân) / one report, no personal data',
        querystring: noQuerystring,
        params: feedbackParams,
        response: { 200: publicReportSchema, ...errorResponses(404, 429) },
      },
    },
    async (request) => publicFeedbackReport(store, (request.params as { id: number }).id, now()),
  );

  app.post(
    '/public/feedback',
    {
      bodyLimit: FEEDBACK_BODY_BYTES,
      config: { rateLimit: { max: feedbackFilingLimit(), timeWindow: 3_600_000 } },
      schema: {
        tags,
        summary: 'Người dân gửi phản ánh (chờ kiểm duyệt nếu không đăng nhập) / a citizen files a report (moderated when anonymous)',
        querystring: noQuerystring,
        body: fileFeedbackBody,
        response: { 200: filedFeedbackResponse, ...errorResponses(403, 413, 422, 429) },
      },
    },
    async (request) => fileReport(store, request.body, { actor: request.actor, source: 'web', now: now(), via: viaOf(request) }),
  );

  app.post(
    '/public/feedback/track',
    {
      schema: {
        tags,
        summary: 'Người dân xem phản ánh của mình bằng mã bí mật / a citizen follows their report by its secret',
        querystring: noQuerystring,
        body: trackFeedbackBody,
        response: { 200: publicReportSchema, ...errorResponses(404, 429) },
      },
    },
    async (request) => trackFeedback(store, (request.body as { token: string }).token, now()),
  );

  app.post(
    '/public/feedback/rating',
    {
      config: { rateLimit: { max: feedbackFilingLimit(), timeWindow: 3_600_000 } },
      schema: {
        tags,
        summary: 'Người dân đánh giá câu trả lời (1–5, một lần) / a citizen rates the answer once',
        querystring: noQuerystring,
        body: rateFeedbackBody,
        response: { 200: feedbackActionResponse, ...errorResponses(404, 409, 422, 429) },
      },
    },
    async (request) => {
      const body = request.body as { token: string; rating: number };
      return rateReport(store, body.token, body.rating, now());
    },
  );
};
