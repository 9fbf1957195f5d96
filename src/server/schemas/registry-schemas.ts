/**
 * JSON schemas of the registries' shared routes: the drill-down from a derived number to its records
 * (GET /registries/records), a unit's registry figures (GET /registries/figures) and the full refresh of the derived values (POST /registries/refresh).
 */
import { REGISTRY_NAMES } from '../../domain/registry-measures.ts';
import { errorResponses } from './api-error.ts';

const code = { type: 'string', minLength: 1, maxLength: 100 } as const;

export const registryRecordsQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['element', 'unit', 'period'],
  properties: {
    element: { ...code, description: 'Mã phần tử dữ liệu tính từ sổ đăng ký / a data element derived from a registry' },
    unit: code,
    period: { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|\\d{2})?$', description: 'Kỳ: 2023, 2023S1, 2023Q2, 202306' },
    view: { type: 'string', enum: ['was', 'now'], default: 'was' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1000000, default: 0 },
    format: { type: 'string', enum: ['json', 'csv'], default: 'json', description: 'csv: cả danh sách (tối đa 200.000 dòng) / the whole list as CSV' },
  },
} as const;

const nullableText = { type: ['string', 'null'] } as const;

const registryRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'unit', 'unitName', 'state', 'date', 'counts', 'simulated'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    unit: { type: 'string', description: 'Mã đơn vị sở hữu hồ sơ / the owner unit' },
    unitName: { type: 'string', description: 'Tên đơn vị vào ngày cuối kỳ / its name on the period’s last day' },
    state: { type: 'string' },
    date: nullableText,
    counts: { type: 'number', description: 'Phần hồ sơ góp vào con số / what the record adds to the figure' },
    simulated: { type: 'boolean', description: 'Dữ liệu mô phỏng / invented for the demo' },
  },
} as const;

const registryRecordsPage = {
  type: 'object',
  additionalProperties: false,
  required: ['element', 'name', 'nameEn', 'measure', 'registry', 'unit', 'period', 'view', 'total', 'limit', 'offset', 'items'],
  properties: {
    element: { type: 'string' },
    name: { type: 'string', description: 'Tên phần tử: con số đếm gì / what the figure counts' },
    nameEn: { type: 'string' },
    measure: { type: 'string' },
    registry: { type: 'string', enum: REGISTRY_NAMES },
    unit: { type: 'object', additionalProperties: false, required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
    period: { type: 'string' },
    view: { type: 'string', enum: ['was', 'now'] },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: registryRecordSchema },
  },
} as const;

export const registryRecordsResponse = {
  200: { content: { 'application/json': { schema: registryRecordsPage }, 'text/csv': { schema: { type: 'string' } } } },
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

export const registryFiguresQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period'],
  properties: {
    unit: code,
    period: registryRecordsQuery.properties.period,
    view: { type: 'string', enum: ['was', 'now'], default: 'was' },
    registry: { type: 'string', enum: ['tasks', 'products', 'teams'] },
  },
} as const;

export const registryFiguresResponse = {
  200: {
    type: 'object',
    additionalProperties: false,
    required: ['unit', 'period', 'view', 'items'],
    properties: {
      unit: registryRecordsPage.properties.unit,
      period: { type: 'string' },
      view: { type: 'string', enum: ['was', 'now'] },
      items: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['registry', 'measure', 'element', 'indicator', 'name', 'nameEn', 'unitOfMeasure', 'value'],
          properties: {
            registry: { type: 'string', enum: ['tasks', 'products', 'teams'] },
            measure: { type: 'string' },
            element: { type: 'string', description: 'Phần tử để xem hồ sơ (GET /registries/records) / the element to drill down from' },
            indicator: { type: 'string' },
            name: { type: 'string' },
            nameEn: { type: 'string' },
            unitOfMeasure: nullableText,
            value: { type: ['number', 'null'] },
          },
        },
      },
    },
  },
  ...errorResponses(403, 404),
} as const;
