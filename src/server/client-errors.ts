/**
 * Answers for requests Node's HTTP parser refuses before Fastify sees them (Fastify's `clientErrorHandler`):
 * a header block or request line over the size limit (431), a request that took too long to arrive (408),
 * and malformed requests — Content-Length together with Transfer-Encoding, a duplicated Content-Length, a bad
 * chunk — (400). Each gets the catalogue's `{error: {code, message}}` with the security headers, then the
 * connection is closed (the parser cannot continue on it).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { appError, type AppError } from '../domain/errors.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** The parser's error codes that name what was wrong, in words a client can act on. */
const PARSER_REASONS: Record<string, string> = {
  HPE_UNEXPECTED_CONTENT_LENGTH: 'có cả Content-Length và Transfer-Encoding / both Content-Length and Transfer-Encoding',
  HPE_INVALID_CONTENT_LENGTH: 'Content-Length sai hoặc bị lặp / invalid or repeated Content-Length',
  HPE_INVALID_TRANSFER_ENCODING: 'Transfer-Encoding không hợp lệ / invalid Transfer-Encoding',
  HPE_INVALID_CHUNK_SIZE: 'kích thước khối (chunk) sai / invalid chunk size',
  HPE_INVALID_METHOD: 'phương thức HTTP không hợp lệ / invalid HTTP method',
  HPE_INVALID_URL: 'đường dẫn không hợp lệ / invalid URL',
  HPE_INVALID_VERSION: 'phiên bản HTTP không hợp lệ / invalid HTTP version',
  HPE_INVALID_HEADER_TOKEN: 'tiêu đề (header) không hợp lệ / invalid header',
  HPE_LF_EXPECTED: 'dòng tiêu đề kết thúc sai / malformed header line',
};

export function clientErrorAnswer(error: NodeJS.ErrnoException): AppError {
  if (error.code === 'HPE_HEADER_OVERFLOW') return appError('HEADERS_TOO_LARGE');
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return appError('REQUEST_TIMEOUT');
  const reason = PARSER_REASONS[error.code ?? ''] ?? `yêu cầu HTTP sai dạng / malformed HTTP request (${error.code ?? 'unknown'})`;
  return appError('BAD_REQUEST', { field: '(request)', reason });
}

/** For Fastify's `clientErrorHandler` option. */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const answer = clientErrorAnswer(error);
    const body = JSON.stringify(answer.toBody());
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
      ...SECURITY_HEADERS,
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n');
    socket.write(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n${head}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
