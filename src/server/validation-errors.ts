/**
 * Turns Fastify's schema-validation failures (Ajv errors) into our error shape:
 * the field is named, the message is Vietnamese first, English after " / ".
 */
import type { FastifySchemaValidationError } from 'fastify';
import { appError, type AppError, type ErrorDetail } from '../domain/errors.ts';

/** The Ajv format our schemas use for dates; registered in app.ts with the domain's isCalendarDate. */
export const CALENDAR_DATE_FORMAT = 'calendar-date';

const TYPE_NAMES: Record<string, string> = {
  integer: 'số nguyên / an integer',
  number: 'số / a number',
  string: 'chuỗi ký tự / a string',
  boolean: 'true hoặc false / true or false',
  array: 'danh sách / an array',
  object: 'đối tượng / an object',
};

const viNumber = (n: unknown): string => (typeof n === 'number' ? n.toLocaleString('vi-VN') : String(n));

type Params = Record<string, unknown>;

/** Vietnamese / English message for one Ajv keyword. */
function describe(error: FastifySchemaValidationError): string {
  const p = error.params as Params;
  switch (error.keyword) {
    case 'required':
      return 'là trường bắt buộc / is required';
    case 'additionalProperties':
      return 'không phải trường được hỗ trợ / is not a supported field';
    case 'enum': {
      const allowed = (p.allowedValues as unknown[] | undefined)?.join(', ') ?? '';
      return `phải là một trong: ${allowed} / must be one of: ${allowed}`;
    }
    case 'type':
      return `phải là ${TYPE_NAMES[String(p.type)] ?? String(p.type)}`;
    case 'minimum':
      return `phải ≥ ${viNumber(p.limit)} / must be ≥ ${String(p.limit)}`;
    case 'maximum':
      return `phải ≤ ${viNumber(p.limit)} / must be ≤ ${String(p.limit)}`;
    case 'minLength':
      return `phải có ít nhất ${viNumber(p.limit)} ký tự / must have at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `không được dài quá ${viNumber(p.limit)} ký tự / must have at most ${String(p.limit)} characters`;
    case 'format':
      if (p.format === CALENDAR_DATE_FORMAT) return 'phải là ngày có thật dạng YYYY-MM-DD / must be a real date YYYY-MM-DD';
      return `sai định dạng ${String(p.format)} / must match format ${String(p.format)}`;
    case 'pattern':
      return 'sai định dạng / has the wrong format';
    default:
      return `không hợp lệ / ${error.message ?? 'is invalid'}`;
  }
}

/** 'items.0.value' from '/items/0/value', plus the property Ajv names for required/additional errors. */
function fieldOf(error: FastifySchemaValidationError): string {
  const segments = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const p = error.params as Params;
  const extra = p.missingProperty ?? p.additionalProperty;
  if (typeof extra === 'string') segments.push(extra);
  return segments.join('.') || '(body)';
}

function isDateError(error: FastifySchemaValidationError): boolean {
  return error.keyword === 'format' && (error.params as Params).format === CALENDAR_DATE_FORMAT;
}

/** INVALID_DATE when a date field is wrong, else BAD_REQUEST; `details` names every failing field. */
export function validationToApiError(errors: FastifySchemaValidationError[]): AppError {
  const details: ErrorDetail[] = errors.map((e) => ({ field: fieldOf(e), message: describe(e) }));
  const dateError = errors.find(isDateError);
  if (dateError) return appError('INVALID_DATE', { field: fieldOf(dateError) }, details);
  const first = details[0] ?? { field: '(request)', message: 'không hợp lệ / is invalid' };
  return appError('BAD_REQUEST', { field: first.field, reason: first.message }, details);
}
