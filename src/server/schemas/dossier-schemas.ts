/** Request and response schemas of the one-stop-shop dossiers feed (hồ sơ thủ tục hành chính; app/dossiers/). */
import { DOSSIER_CHANNELS, DOSSIER_LEVELS, DOSSIER_RESULTS, DOSSIER_STATES, MAX_DOSSIERS_PER_BATCH } from '../../domain/dossiers.ts';
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';

const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const nullableDate = { type: ['string', 'null'], format: CALENDAR_DATE_FORMAT } as const;
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const nullable = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;
const code = text(100);
const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|\\d{2})?$', description: 'Kỳ: 2023, 2023S1, 2023Q2, 202306' } as const;
const fieldCode = { type: 'string', maxLength: 40, pattern: '^[A-Z0-9_]{1,40}$', description: 'Mã lĩnh vực / field code (DAT_DAI, HO_TICH…)' } as const;

const dossierFields = {
  sourceId: { ...text(100), description: 'Mã hồ sơ trong hệ thống nguồn / the source system’s own id' },
  procedureCode: { ...text(60), description: 'Mã thủ tục / procedure code' },
  procedureName: nullable(300),
  field: fieldCode,
  channel: { type: 'string', enum: DOSSIER_CHANNELS, description: 'online: trực tuyến; offline: trực tiếp, bưu chính' },
  level: { type: ['string', 'null'], enum: [...DOSSIER_LEVELS, null], description: 'full: toàn trình; partial: một phần' },
  unit: { ...text(40), description: 'Mã đơn vị tiếp nhận / receiving unit' },
  receivedOn: date,
  dueOn: nullableDate,
  finishedOn: nullableDate,
  result: { type: ['string', 'null'], enum: [...DOSSIER_RESULTS, null], description: 'Suy ra từ finishedOn ≤ dueOn khi không gửi / derived when absent' },
  state: { type: 'string', enum: DOSSIER_STATES },
} as const;

export const dossierBatchBody = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'dossiers'],
  properties: {
    source: { type: 'string', maxLength: 60, pattern: '^[A-Za-z0-9_.-]{1,60}$', description: 'Mã hệ thống nguồn / source system code (MOTCUA_58)' },
    dossiers: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_DOSSIERS_PER_BATCH,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sourceId', 'procedureCode', 'field', 'channel', 'unit', 'receivedOn'],
        properties: dossierFields,
      },
    },
  },
} as const;

export const dossierBatchResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'received', 'created', 'updated', 'unchanged'],
  properties: {
    source: { type: 'string' },
    received: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer', description: 'Hồ sơ thay đổi: thêm một phiên bản / changed: a new version each' },
    unchanged: { type: 'integer', description: 'Gửi lại không đổi: không ghi gì / re-pushed unchanged: nothing written' },
  },
} as const;

export const dossierListQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period'],
  properties: {
    unit: code,
    period,
    view: { type: 'string', enum: ['was', 'now'], default: 'was' },
    dateOf: { type: 'string', enum: ['received', 'finished'], default: 'received' },
    field: fieldCode,
    channel: { type: 'string', enum: DOSSIER_CHANNELS },
    result: { type: 'string', enum: DOSSIER_RESULTS },
    format: { type: 'string', enum: ['json', 'csv'], default: 'json', description: 'csv: cả danh sách (tối đa 200.000 dòng) / the whole list as CSV' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

export const dossierSummaryQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period'],
  properties: { unit: code, period, view: { type: 'string', enum: ['was', 'now'], default: 'was' } },
} as const;

const unitRef = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name'],
  properties: { code: { type: 'string' }, name: { type: 'string' } },
} as const;
const rate = { type: ['number', 'null'], description: '% (2 chữ số thập phân); null khi không có hồ sơ / null without dossiers' } as const;

const dossierItem = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'source', 'fieldName', 'version', 'simulated', ...Object.keys(dossierFields)],
  properties: {
    id: { type: 'integer' },
    source: { type: 'string' },
    ...dossierFields,
    procedureName: { type: ['string', 'null'] },
    level: { type: ['string', 'null'] },
    result: { type: ['string', 'null'] },
    fieldName: { type: 'string' },
    version: { type: 'integer' },
    simulated: { type: 'boolean', description: 'Dữ liệu mô phỏng / invented for the demo' },
  },
} as const;

export const dossierListResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period', 'view', 'total', 'limit', 'offset', 'items'],
  properties: {
    unit: unitRef,
    period: { type: 'string' },
    view: { type: 'string' },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: dossierItem },
  },
} as const;

export const dossierSummaryResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period', 'view', 'received', 'online', 'onlineRate', 'simulated', 'lastReceived', 'byField', 'byChannel'],
  properties: {
    unit: unitRef,
    period: { type: 'string' },
    view: { type: 'string' },
    simulated: { type: 'boolean', description: 'Có hồ sơ mô phỏng của bản trình diễn / some records are simulated' },
    received: { type: 'integer' },
    online: { type: 'integer' },
    onlineRate: rate,
    lastReceived: {
      type: ['string', 'null'],
      format: 'date',
      description:
        'Khi kỳ không có hồ sơ: ngày tiếp nhận hồ sơ gần nhất của đơn vị (mọi kỳ), để chỉ tới kỳ có số liệu; null nếu kỳ có hồ sơ hoặc đơn vị chưa có hồ sơ nào / when the period has none: the last day one of the unit was received',
    },
    byField: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'name', 'received', 'online', 'finished', 'onTime', 'onlineRate', 'onTimeRate'],
        properties: {
          field: { type: 'string' },
          name: { type: 'string' },
          received: { type: 'integer' },
          online: { type: 'integer' },
          finished: { type: 'integer' },
          onTime: { type: 'integer' },
          onlineRate: rate,
          onTimeRate: rate,
        },
      },
    },
    byChannel: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['channel', 'received', 'share'],
        properties: { channel: { type: 'string' }, received: { type: 'integer' }, share: rate },
      },
    },
  },
} as const;

export const dossierParams = { type: 'object', additionalProperties: false, required: ['id'], properties: { id: idInteger } } as const;

export const dossierDetailResponse = {
  type: 'object',
  additionalProperties: false,
  required: [...dossierItem.required, 'versions'],
  properties: {
    ...dossierItem.properties,
    versions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'data', 'recordedBy', 'recordedAt'],
        properties: {
          version: { type: 'integer' },
          data: { type: 'object', additionalProperties: true },
          recordedBy: { type: 'string' },
          recordedAt: { type: 'string' },
        },
      },
    },
  },
} as const;
