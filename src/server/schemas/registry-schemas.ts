/**
 * JSON schemas of the registries' shared routes: the drill-down from a derived number to its records
 * (GET /registries/records) and the full refresh of the derived values (POST /registries/refresh).
 */
import { errorResponses } from './api-error.ts';

const code = { type: 'string', minLength: 1, maxLength: 100 } as const;

export const registryRecordsQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['element', 'unit', 'period'],
  properties: {
    element: { ...code, description: 'Mã phần tử dữ liệu tính từ sổ đăng ký / a data element derived from a registry' },
    unit: code,
    period: { type: 'string', pattern: '^\\d{4}(S[12]|Q[1-4]|\\d{2})?$', description: 'Kỳ: 2023, 2023S1, 2023Q2, 202306' },
    view: { type: 'string', enum: ['was', 'now'], default: 'was' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1000000, default: 0 },
  },
} as const;

const nullableText = { type: ['string', 'null'] } as const;

const registryRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'unit', 'state', 'date', 'counts', 'simulated'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    unit: { type: 'string', description: 'Mã đơn vị sở hữu hồ sơ / the owner unit' },
    state: { type: 'string' },
    date: nullableText,
    counts: { type: 'number', description: 'Phần hồ sơ góp vào con số / what the record adds to the figure' },
    simulated: { type: 'boolean', description: 'Dữ liệu mô phỏng / invented for the demo' },
  },
} as const;

export const registryRecordsResponse = {
  200: {
    type: 'object',
    additionalProperties: false,
    required: ['element', 'measure', 'registry', 'unit', 'period', 'view', 'total', 'limit', 'offset', 'items'],
    properties: {
      element: { type: 'string' },
      measure: { type: 'string' },
      registry: { type: 'string', enum: ['tasks', 'products', 'teams'] },
      unit: { type: 'object', additionalProperties: false, required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
      period: { type: 'string' },
      view: { type: 'string', enum: ['was', 'now'] },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      items: { type: 'array', items: registryRecordSchema },
    },
  },
  ...errorResponses(403, 404),
} as const;

export const registryRefreshResponse = {
  200: {
    type: 'object',
    additionalProperties: false,
    required: ['registries'],
    properties: {
      registries: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['registry', 'created', 'updated', 'unchanged'],
          properties: { registry: { type: 'string' }, created: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' } },
        },
      },
    },
  },
  ...errorResponses(403, 422),
} as const;
