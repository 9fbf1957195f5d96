/**
 * JSON schemas of the report sentence templates (GET /report-templates, PUT and DELETE /report-templates/{key}):
 * the key is one of the code's kinds (an unknown one is 404 REPORT_TEMPLATE_NOT_FOUND from the app, so the path
 * schema bounds it only); the body is the wording, whose placeholders the domain checks (422 naming the unknown one).
 */
import { MAX_TEMPLATE_LENGTH } from '../../domain/report-template.ts';
import { errorResponses } from './api-error.ts';

export const reportTemplateParams = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: { key: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z_.]+$' } },
} as const;

export const reportTemplateBody = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string', maxLength: MAX_TEMPLATE_LENGTH + 1 } },
} as const;

const nullableText = { type: ['string', 'null'] } as const;

export const reportTemplateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'text', 'defaultText', 'placeholders', 'description', 'overridden', 'updatedAt', 'updatedBy'],
  properties: {
    key: { type: 'string', description: 'Loại câu / sentence kind' },
    text: { type: 'string', description: 'Mẫu câu đang dùng / the wording in use' },
    defaultText: { type: 'string', description: 'Mẫu câu mặc định / the default wording' },
    placeholders: { type: 'array', items: { type: 'string' }, description: 'Chỗ trống dùng được, viết {tên} / placeholders allowed, written {name}' },
    description: { type: 'string' },
    overridden: { type: 'boolean', description: 'Quản trị viên đã sửa / an administrator replaced the default' },
    updatedAt: nullableText,
    updatedBy: nullableText,
  },
} as const;

export const reportTemplateListResponse = {
  200: { type: 'object', additionalProperties: false, required: ['items'], properties: { items: { type: 'array', items: reportTemplateSchema } } },
  ...errorResponses(403),
} as const;
export const reportTemplateWriteResponse = { 200: reportTemplateSchema, ...errorResponses(403, 404, 422) } as const;
export const reportTemplateResetResponse = { 200: reportTemplateSchema, ...errorResponses(403, 404) } as const;
