/**
 * The one error of the application and its catalogue of codes: each code's HTTP status and message template
 * (Vietnamese, then English). Every layer that refuses something throws an AppError (`appError(CODE, params,
 * details)`); the server's error handler answers it as `{error: {code, message, details?}}` with the code's
 * status, the CLI prints its message and details. docs/API.md lists the same codes (a test checks it).
 * Templates name their parameters as `{name}`; `appError` fills them in. ValidationError (domain/metadata.ts)
 * is the AppError of VALIDATION_FAILED that keeps its problems' JSON paths. Pure parsers and rules keep their
 * own internal errors (FormulaError, PeriodError, NumberParseError, ScoringError, WorkflowError,
 * SpreadsheetLimitError); their callers turn them into an AppError or its problems, so none reaches a caller.
 */
export const ERROR_CATALOGUE = {
  BAD_REQUEST: { status: 400, message: 'Yêu cầu không hợp lệ ở "{field}": {reason}' },
  INVALID_DATE: {
    status: 400,
    message: 'Ngày không hợp lệ ở trường "{field}": cần ngày có thật dạng YYYY-MM-DD / Invalid date in "{field}": expected a real date YYYY-MM-DD',
  },
  INVALID_JSON: { status: 400, message: 'Nội dung JSON không hợp lệ / Malformed JSON body' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy / Not found' },
  UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị mã "{code}": {reason}' },
  FRAMEWORK_NOT_FOUND: { status: 404, message: 'Không có bộ chỉ số mã "{code}" / No framework "{code}"' },
  EDITION_NOT_FOUND: { status: 404, message: 'Bộ chỉ số "{code}" không có phiên bản "{edition}" / Framework "{code}" has no edition "{edition}"' },
  SCORE_RUN_NOT_FOUND: { status: 404, message: '{reason}' },
  INDICATOR_NOT_FOUND: { status: 404, message: 'Không có chỉ tiêu mã "{code}" / No indicator "{code}"' },
  PLAN_NOT_FOUND: { status: 404, message: 'Không có kế hoạch mã "{code}" / No plan "{code}"' },
  REPORT_TEMPLATE_NOT_FOUND: { status: 404, message: 'Không có mẫu câu báo cáo "{key}" / No report sentence template "{key}"' },
  JOB_NOT_FOUND: { status: 404, message: 'Không có tác vụ tính toán số {id} / No compute job {id}' },
  REPORT_NOT_FOUND: { status: 404, message: 'Không có báo cáo số {id} / No report {id}' },
  RECORD_NOT_FOUND: { status: 404, message: 'Không có {what} "{id}" / No {whatEn} "{id}"' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không có đường dẫn {method} {path} / No route {method} {path}' },
  METHOD_NOT_ALLOWED: {
    status: 405,
    message: 'Đường dẫn {path} không hỗ trợ phương thức {method} (chỉ: {allowed}) / Method {method} not allowed on {path} (allowed: {allowed})',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Nội dung gửi lên quá lớn / Request body too large' },
  HEADERS_TOO_LARGE: {
    status: 431,
    message:
      'Dòng yêu cầu hoặc phần tiêu đề (header) quá dài, ví dụ chuỗi truy vấn quá dài / The request line or headers are too large (e.g. a very long query string)',
  },
  REQUEST_TIMEOUT: { status: 408, message: 'Yêu cầu gửi đến quá chậm, kết nối đã bị đóng / The request took too long to arrive; the connection was closed' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kiểu nội dung không được hỗ trợ: {type} / Unsupported content type: {type}' },
  UNAUTHENTICATED: { status: 401, message: 'Cần đăng nhập / Authentication required' },
  INVALID_CREDENTIALS: { status: 401, message: 'Sai tên đăng nhập hoặc mật khẩu / Wrong username or password' },
  FORBIDDEN: { status: 403, message: 'Không có quyền {action} {target} / Not allowed to {action} {target}' },
  CSRF_INVALID: { status: 403, message: 'Thiếu hoặc sai mã chống giả mạo (CSRF) / Missing or invalid CSRF token' },
  CONFLICT: { status: 409, message: '{reason}' },
  SELF_LOCKOUT: {
    status: 409,
    message:
      'Không thể tự khóa hoặc tự hạ quyền quản trị của chính mình; nhờ một quản trị viên khác / An admin cannot disable or demote themself; ask another admin',
  },
  LOCKED: { status: 409, message: 'Số liệu đã được duyệt và bị khóa; cần mở lại trước khi sửa / Approved data is locked until reopened' },
  INVALID_TRANSITION: { status: 409, message: '{reason}' },
  REPORT_NOT_READY: {
    status: 409,
    message:
      'Báo cáo số {id} chưa có tệp (trạng thái: {status}); chờ tác vụ hoàn thành / Report {id} has no file yet (status: {status}); wait for the job to finish',
  },
  VALIDATION_FAILED: { status: 422, message: 'Dữ liệu không hợp lệ: {count} lỗi; không có gì được ghi / Invalid data: {count} errors; nothing was written' },
  REPORT_TEMPLATE_INVALID: { status: 422, message: 'Mẫu câu báo cáo "{key}" không hợp lệ: {reason}' },
  FILE_UNREADABLE: { status: 422, message: 'Không đọc được tệp tải lên: {reason}' },
  RATE_LIMITED: { status: 429, message: 'Quá nhiều lần thử; thử lại sau {seconds} giây / Too many attempts; retry in {seconds} s' },
  INTERNAL: { status: 500, message: 'Lỗi nội bộ máy chủ; chi tiết đã được ghi vào nhật ký / Internal server error; details are in the server log' },
  DB_UNAVAILABLE: { status: 503, message: 'Không kết nối được cơ sở dữ liệu / The database is unavailable' },
  PDF_UNAVAILABLE: {
    status: 503,
    message:
      'Không tạo được PDF: máy chủ chưa có Chromium hoặc LibreOffice (cài gói chromium hoặc libreoffice-writer, hoặc đặt DX_IOC_CHROMIUM); các định dạng DOCX, XLSX, Markdown vẫn dùng được / Cannot make a PDF: the server has neither Chromium nor LibreOffice (install chromium or libreoffice-writer, or set DX_IOC_CHROMIUM); DOCX, XLSX and Markdown still work',
  },
  PDF_FAILED: { status: 500, message: 'Không tạo được PDF bằng {engine}: {reason} / Could not make the PDF with {engine}: {reason}' },
  AGGREGATES_NOT_READY: {
    status: 503,
    message:
      'Cây tổng hợp chưa bao gồm {count} đơn vị; không ghi gì. Quản trị viên cần chạy dx-ioc recompute (hoặc khởi động lại máy chủ) / The aggregate closure does not cover {count} units; nothing was written. An administrator must run dx-ioc recompute (or restart the server)',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** One item of `details`: which input field was wrong and why (for validation errors). */
export interface ErrorDetail {
  field: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown[] };
}

/** The coded error every layer throws on purpose; the server turns it into its status and JSON body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown[] | undefined;

  constructor(code: ErrorCode, message: string, details?: unknown[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = details;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Builds the error for `code`, filling the catalogue's message template with `params`. */
export function appError(code: ErrorCode, params: Record<string, string | number> = {}, details?: unknown[]): AppError {
  return new AppError(code, fill(ERROR_CATALOGUE[code].message, params), details);
}
