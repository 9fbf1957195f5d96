/**
 * Every failure leaves the server as `{error: {code, message, details?}}` with its catalogue status (under
 * /open311/ in that specification's shape, open311-errors.ts):
 * our ApiErrors, Fastify's validation and body-parsing errors, and unexpected exceptions
 * (500 INTERNAL: logged here in full, answered without the internal message or stack).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, appError } from '../domain/errors.ts';
import { validationToApiError } from './validation-errors.ts';
import { isOpen311Url, open311ErrorBody } from './open311-errors.ts';
import { OPEN311_XML_TYPE, open311ListXml, wantsOpen311Xml } from './open311-xml.ts';

/** Fastify's own errors that mean "the client sent something wrong", by code. */
const FASTIFY_CLIENT_ERRORS: Record<string, (error: FastifyError, request: FastifyRequest) => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => appError('INVALID_JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => appError('INVALID_JSON'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => appError('PAYLOAD_TOO_LARGE'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (_e, request) => appError('UNSUPPORTED_MEDIA_TYPE', { type: request.headers['content-type'] ?? '(none)' }),
  FST_ERR_BAD_URL: () => appError('BAD_REQUEST', { field: '(url)', reason: 'đường dẫn có mã hoá % sai / malformed percent-encoding in the URL' }),
  // @fastify/multipart
  FST_FILES_LIMIT: () => multipartTooLarge('gửi quá nhiều tệp trong một yêu cầu / too many files in one request'),
  FST_FIELDS_LIMIT: () => multipartTooLarge('gửi quá nhiều trường trong một yêu cầu / too many form fields in one request'),
  FST_PARTS_LIMIT: () => multipartTooLarge('gửi quá nhiều phần trong một yêu cầu / too many parts in one request'),
  FST_REQ_FILE_TOO_LARGE: () => multipartTooLarge('tệp vượt quá dung lượng cho phép / the file is larger than allowed'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: (_e, request) =>
    appError('UNSUPPORTED_MEDIA_TYPE', { type: `${request.headers['content-type'] ?? '(none)'} (cần multipart/form-data / expected multipart/form-data)` }),
  FST_PROTO_VIOLATION: () => appError('BAD_REQUEST', { field: '(multipart)', reason: 'tên trường không được phép / field name not allowed' }),
  FST_INVALID_JSON_FIELD_ERROR: () =>
    appError('BAD_REQUEST', {
      field: '(multipart)',
      reason: 'một trường khai báo JSON nhưng không phải JSON hợp lệ / a field declared as JSON is not valid JSON',
    }),
  FST_MP_PREMATURE_CLOSE: () =>
    appError('BAD_REQUEST', { field: '(multipart)', reason: 'yêu cầu bị đóng trước khi gửi xong / the request was closed before the form data ended' }),
};

function multipartTooLarge(message: string): AppError {
  return appError('PAYLOAD_TOO_LARGE', {}, [{ field: '(multipart)', message }]);
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as FastifyError).code === 'string';
}

/** The multipart parser's (busboy's) errors for a malformed or cut-off form; they carry no code. */
const MALFORMED_MULTIPART = /^(Unexpected end of (multipart data|form)|Malformed part header|Multipart: Boundary not found)$/;

/** Maps any thrown value to the AppError to answer with; null means "unexpected" (answer 500). */
export function toApiError(error: unknown, request: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof Error && MALFORMED_MULTIPART.test(error.message)) {
    return appError('BAD_REQUEST', { field: '(multipart)', reason: `dữ liệu multipart bị cắt hoặc sai dạng / ${error.message}` });
  }
  if (!isFastifyError(error)) return null;
  if (error.validation) return validationToApiError(error.validation);
  const known = FASTIFY_CLIENT_ERRORS[error.code];
  if (known) return known(error, request);
  // Other client errors Fastify raises itself (a malformed URL, a bad Content-Length): their text names only the input.
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return appError('BAD_REQUEST', { field: '(request)', reason: error.message });
  return null;
}

/** Headers a route may have set for a file download before failing; the error answer is JSON. */
const DOWNLOAD_HEADERS = ['content-disposition', 'content-length', 'content-encoding', 'cache-control'];

function resetForJson(reply: FastifyReply): void {
  for (const name of DOWNLOAD_HEADERS) reply.removeHeader(name);
  void reply.header('content-type', 'application/json; charset=utf-8');
}

async function handleError(this: FastifyInstance, error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  resetForJson(reply);
  const known = toApiError(error, request);
  if (known) {
    if (known.status >= 500) request.log.warn({ code: known.code }, known.message);
    return sendError(request, reply, known);
  }
  request.log.error({ err: error }, 'unexpected error while handling the request');
  return sendError(request, reply, appError('INTERNAL'));
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL),
 * which never reach the error handler, answered in the same shape.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = toApiError(error, request);
  if (!known) request.log.error({ err: error }, 'unexpected framework error');
  const answer = known ?? appError('INTERNAL');
  void sendError(request, reply, answer);
}

/**
 * The error's answer: the catalogue's `{error: …}`, or Open311's `[{code, description}]` under /open311/ — in XML
 * (`<errors><error>…`) when the path asked for XML.
 */
function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  void reply.status(error.status);
  if (!isOpen311Url(request.url)) return reply.send(error.toBody());
  const body = open311ErrorBody(error);
  return wantsOpen311Xml(request.url) ? reply.type(OPEN311_XML_TYPE).send(open311ListXml('errors', body)) : reply.send(body);
}

/** Installs the error handler on the root instance; child plugins inherit it. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
