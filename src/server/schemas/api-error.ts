/**
 * The one error answer of the API as a shared JSON schema: `ApiError`, `{error: {code, message, details?}}`
 * (server/error-handler.ts answers every refusal in it), registered once on the root instance
 * (`app.addSchema`, see app.ts) and referenced by `$ref` from every error status a route declares, so the
 * OpenAPI document has it once, under components.schemas, with `code` listing the whole catalogue.
 * `errorResponses(404, 409)` gives those references, one per status, each described with the catalogue codes
 * that answer with it. The statuses that the framework and the auth layer add to a route (a bad parameter,
 * no caller, CSRF, a body too large or of the wrong type, an unexpected error) are added by
 * route-responses.ts; a route lists only what its handler can refuse.
 */
import { ERROR_CATALOGUE, type ErrorCode } from '../../domain/errors.ts';

export const API_ERROR_ID = 'ApiError';

const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export const apiErrorSchema = {
  $id: API_ERROR_ID,
  title: API_ERROR_ID,
  description:
    'Mọi câu trả lời lỗi có cùng dạng, mã trạng thái HTTP theo mã lỗi (xem bảng mã lỗi ở phần mô tả) / Every error answer has this shape, with the HTTP status of its code (see the error catalogue in the description)',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: ERROR_CODES, description: 'Mã ổn định, để máy xử lý / stable code, for clients to branch on' },
        message: { type: 'string', description: 'Cho người đọc: tiếng Việt, rồi " / " và tiếng Anh / for people: Vietnamese, then " / " and English' },
        details: {
          type: 'array',
          items: {},
          description: 'Chi tiết theo mã lỗi, ví dụ [{field, message}] / details by code, e.g. [{field, message}] naming the field',
        },
      },
    },
  },
} as const;

/** The HTTP statuses of the catalogue (every error status a route may declare). */
export type ErrorStatus = (typeof ERROR_CATALOGUE)[ErrorCode]['status'];

const STATUS_TEXT: Record<ErrorStatus, string> = {
  400: 'Yêu cầu sai: tham số, trường hoặc nội dung không hợp lệ / a bad request: a parameter, field or body that fails its schema',
  401: 'Chưa đăng nhập, phiên hết hạn hoặc sai thông tin đăng nhập / no caller, an expired session, or wrong credentials',
  403: 'Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / not allowed, or the CSRF token is missing',
  404: 'Không tìm thấy / not found',
  405: 'Phương thức không được hỗ trợ / method not allowed',
  408: 'Yêu cầu đến quá chậm / the request took too long to arrive',
  409: 'Xung đột với trạng thái đã lưu / conflicts with the stored state',
  413: 'Nội dung gửi lên quá lớn / the body is too large',
  415: 'Kiểu nội dung không được hỗ trợ / unsupported content type',
  422: 'Dữ liệu không hợp lệ, không có gì được ghi / invalid data, nothing was written',
  429: 'Quá nhiều lần thử; xem Retry-After / too many attempts; see Retry-After',
  431: 'Phần tiêu đề quá dài / the headers are too large',
  500: 'Lỗi nội bộ máy chủ / internal server error',
  503: 'Dịch vụ tạm thời chưa sẵn sàng / the service is not ready',
};

/** The catalogue codes answered with `status`. */
export function codesOfStatus(status: number): ErrorCode[] {
  return ERROR_CODES.filter((code) => ERROR_CATALOGUE[code].status === status);
}

/** `{$ref: 'ApiError#'}` described for one status: what it means, and the codes that answer with it. */
export function errorResponse(status: ErrorStatus) {
  return { description: `${STATUS_TEXT[status]} (${codesOfStatus(status).join(', ')})`, $ref: `${API_ERROR_ID}#` } as const;
}

/** The error statuses a handler can answer, for a route's `schema.response`: `{...errorResponses(404, 409)}`. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, ReturnType<typeof errorResponse>> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse(status)])) as Record<S, ReturnType<typeof errorResponse>>;
}

/** The error catalogue as a Markdown table, for the OpenAPI document's description. */
export function errorCatalogueTable(): string {
  const rows = ERROR_CODES.map((code) => `| \`${code}\` | ${ERROR_CATALOGUE[code].status} | ${ERROR_CATALOGUE[code].message.replace(/\|/g, '\\|')} |`);
  return ['| mã / code | HTTP | thông báo / message |', '| --- | --- | --- |', ...rows].join('\n');
}
