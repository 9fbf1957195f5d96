/**
 * Every failure leaves the server as `{error: {code, message, details?}}` with its catalogue status:
 * our ApiErrors, Fastify's validation and body-parsing errors, and unexpected exceptions
 * (500 INTERNAL: logged here in full, answered without the internal message or stack).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, apiError } from './errors.ts';
import { validationToApiError } from './validation-errors.ts';

/** Fastify's own errors that mean "the client sent something wrong", by code. */
const FASTIFY_CLIENT_ERRORS: Record<string, (error: FastifyError, request: FastifyRequest) => ApiError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => apiError('INVALID_JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => apiError('INVALID_JSON'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => apiError('PAYLOAD_TOO_LARGE'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (_e, request) => apiError('UNSUPPORTED_MEDIA_TYPE', { type: request.headers['content-type'] ?? '(none)' }),
  FST_ERR_BAD_URL: () => apiError('BAD_REQUEST', { field: '(url)', reason: 'đường dẫn có mã hoá % sai / malformed percent-encoding in the URL' }),
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as FastifyError).code === 'string';
}

/** Maps any thrown value to the ApiError to answer with; null means "unexpected" (answer 500). */
export function toApiError(error: unknown, request: FastifyRequest): ApiError | null {
  if (error instanceof ApiError) return error;
  if (!isFastifyError(error)) return null;
  if (error.validation) return validationToApiError(error.validation);
  const known = FASTIFY_CLIENT_ERRORS[error.code];
  if (known) return known(error, request);
  // Other client errors Fastify raises itself (a malformed URL, a bad Content-Length): their text names only the input.
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return apiError('BAD_REQUEST', { field: '(request)', reason: error.message });
  return null;
}

async function handleError(this: FastifyInstance, error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const known = toApiError(error, request);
  if (known) {
    if (known.status >= 500) request.log.warn({ code: known.code }, known.message);
    return reply.status(known.status).send(known.toBody());
  }
  request.log.error({ err: error }, 'unexpected error while handling the request');
  return reply.status(500).send(apiError('INTERNAL').toBody());
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL),
 * which never reach the error handler, answered in the same shape.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = toApiError(error, request);
  if (!known) request.log.error({ err: error }, 'unexpected framework error');
  const answer = known ?? apiError('INTERNAL');
  void reply.status(answer.status).send(answer.toBody());
}

/** Installs the error handler on the root instance; child plugins inherit it. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
