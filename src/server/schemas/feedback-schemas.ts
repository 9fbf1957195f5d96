/** Request and response schemas of citizen feedback (phản ánh hiện trường; app/feedback/), staff and public. */
import { FEEDBACK_ACTIONS, FEEDBACK_LIMITS, FEEDBACK_STATES } from '../../domain/feedback.ts';
import { idInteger } from './int-limits.ts';

const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|\\d{2})?$', description: 'Kỳ: 2025, 2025S2, 2025Q3, 202508' } as const;
const unitCode = { type: 'string', minLength: 1, maxLength: 40 } as const;
const categoryCode = { type: 'string', maxLength: 40, pattern: '^[A-Z0-9_]{1,40}$' } as const;
const nullableText = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const view = { type: 'string', enum: ['was', 'now'], description: 'now (mặc định): theo cây hiện hành; was: như khi đó' } as const;
const limit = (max: number) => ({ type: 'integer', minimum: 1, maximum: max }) as const;
const offset = { type: 'integer', minimum: 0, maximum: 10_000_000 } as const;

export const feedbackCategoriesResponse = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'name', 'nameEn', 'slaHours', 'route', 'description'],
    properties: {
      code: { type: 'string' },
      name: { type: 'string' },
      nameEn: { type: 'string' },
      slaHours: { type: 'integer', description: 'Thời hạn xử lý (giờ) / deadline in hours' },
      route: { type: 'string', enum: ['commune', 'province'], description: 'Xã, phường chứa vị trí hay tỉnh / who handles it' },
      description: { type: 'string' },
    },
  },
} as const;

export const fileFeedbackBody = {
  type: 'object',
  additionalProperties: false,
  required: ['category', 'description'],
  properties: {
    category: categoryCode,
    description: { type: 'string', minLength: 1, maxLength: FEEDBACK_LIMITS.description },
    lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
    long: { type: ['number', 'null'], minimum: -180, maximum: 180 },
    address: { type: ['string', 'null'], maxLength: FEEDBACK_LIMITS.address },
    unit: { type: ['string', 'null'], maxLength: 40, description: 'Xã, phường người dân chọn (khi không có vị trí) / the chosen commune' },
    reporterName: { type: ['string', 'null'], maxLength: FEEDBACK_LIMITS.name },
    reporterContact: { type: ['string', 'null'], maxLength: FEEDBACK_LIMITS.contact },
    hideName: { type: 'boolean', description: 'Ẩn tên cả với đơn vị xử lý / hide the name from the handling unit too' },
    mediaUrls: { type: 'array', maxItems: FEEDBACK_LIMITS.mediaUrls, items: { type: 'string', maxLength: FEEDBACK_LIMITS.url } },
    filedAt: { type: ['string', 'null'], maxLength: 40, description: 'Chỉ hệ thống được ủy quyền / trusted clients only' },
  },
} as const;

export const filedFeedbackResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'state', 'unit', 'dueAt', 'token'],
  properties: {
    id: { type: 'integer' },
    state: { type: 'string', enum: FEEDBACK_STATES },
    unit: { type: 'string' },
    dueAt: { type: 'string' },
    token: { type: 'string', description: 'Mã bí mật để theo dõi và đánh giá (chỉ hiện một lần) / the secret to follow and rate (shown once)' },
  },
} as const;

const publicReportProperties = {
  id: { type: 'integer' },
  category: { type: 'string' },
  categoryName: { type: 'string' },
  description: { type: 'string' },
  lat: nullableNumber,
  long: nullableNumber,
  address: nullableText,
  unit: { type: 'string' },
  unitName: { type: 'string' },
  state: { type: 'string', enum: FEEDBACK_STATES },
  stateLabel: { type: 'string' },
  filedAt: { type: 'string' },
  dueAt: { type: 'string' },
  handledAt: nullableText,
  answer: nullableText,
  rejectReason: nullableText,
  onTime: { type: ['boolean', 'null'] },
  overdue: { type: 'boolean' },
  rating: { type: ['integer', 'null'] },
  mediaUrls: { type: 'array', items: { type: 'string' } },
  updatedAt: { type: 'string' },
  simulated: { type: 'boolean', description: 'Dữ liệu mô phỏng của bản trình diễn / invented for the demo' },
} as const;

/** A report as anyone sees it: no name, no contact, no token (additionalProperties false drops anything else). */
export const publicReportSchema = {
  type: 'object',
  additionalProperties: false,
  required: Object.keys(publicReportProperties),
  properties: publicReportProperties,
} as const;

const staffReportProperties = {
  ...publicReportProperties,
  source: { type: 'string' },
  client: nullableText,
  reporterName: nullableText,
  reporterContact: nullableText,
  personalShown: { type: 'boolean' },
  history: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['action', 'actionLabel', 'fromState', 'toState', 'fromUnit', 'toUnit', 'toUnitName', 'note', 'actor', 'at'],
      properties: {
        action: { type: 'string' },
        actionLabel: { type: 'string' },
        fromState: nullableText,
        toState: { type: 'string' },
        fromUnit: nullableText,
        toUnit: { type: 'string' },
        toUnitName: { type: 'string' },
        note: nullableText,
        actor: { type: 'string' },
        at: { type: 'string' },
      },
    },
  },
} as const;

export const staffReportResponse = {
  type: 'object',
  additionalProperties: false,
  required: Object.keys(staffReportProperties),
  properties: staffReportProperties,
} as const;

const headProperties = {
  unit: { type: 'object', additionalProperties: false, required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
  period: { type: 'string' },
  view: view,
} as const;

export const feedbackQueueQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period'],
  properties: {
    unit: unitCode,
    period,
    view,
    state: { type: 'string', enum: FEEDBACK_STATES },
    category: categoryCode,
    overdue: { type: 'boolean', description: 'Chỉ phản ánh quá hạn / overdue only' },
    limit: limit(500),
    offset,
  },
} as const;

export const feedbackQueueResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period', 'view', 'total', 'limit', 'offset', 'items'],
  properties: {
    ...headProperties,
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: publicReportSchema },
  },
} as const;

export const feedbackParams = { type: 'object', additionalProperties: false, required: ['id'], properties: { id: idInteger } } as const;

export const feedbackActionBody = {
  type: 'object',
  additionalProperties: false,
  required: ['action'],
  properties: {
    action: { type: 'string', enum: FEEDBACK_ACTIONS },
    note: { type: 'string', maxLength: FEEDBACK_LIMITS.answer, description: 'handle: câu trả lời công khai; reject: lý do / the public answer; the reason' },
    unit: { ...unitCode, description: 'transfer: đơn vị nhận / the receiving unit' },
  },
} as const;

export const feedbackActionResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'state', 'unit'],
  properties: { id: { type: 'integer' }, state: { type: 'string', enum: FEEDBACK_STATES }, unit: { type: 'string' } },
} as const;

export const feedbackKpisQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period'],
  properties: {
    unit: unitCode,
    period,
    view,
    minReports: { type: 'integer', minimum: 1, maximum: 100_000, description: 'Số phản ánh tối thiểu để xếp hạng (mặc định 10)' },
  },
} as const;

const rate = { type: ['number', 'null'] } as const;
export const feedbackKpisResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period', 'view', 'minReports', 'total', 'items'],
  properties: {
    ...headProperties,
    minReports: { type: 'integer' },
    total: {
      type: 'object',
      additionalProperties: false,
      required: ['received', 'handled', 'onTime', 'overdue', 'handledRate', 'onTimeRate'],
      properties: {
        received: { type: 'integer' },
        handled: { type: 'integer' },
        onTime: { type: 'integer' },
        overdue: { type: 'integer' },
        handledRate: rate,
        onTimeRate: rate,
      },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'unit',
          'unitName',
          'received',
          'handled',
          'handledRate',
          'onTime',
          'onTimeRate',
          'overdue',
          'handlingHours',
          'ratings',
          'satisfiedRate',
          'averageRating',
          'ranked',
          'rank',
        ],
        properties: {
          unit: { type: 'string' },
          unitName: { type: 'string' },
          received: { type: 'integer' },
          handled: { type: 'integer' },
          handledRate: rate,
          onTime: { type: 'integer' },
          onTimeRate: rate,
          overdue: { type: 'integer' },
          handlingHours: rate,
          ratings: { type: 'integer' },
          satisfiedRate: rate,
          averageRating: rate,
          ranked: { type: 'boolean', description: 'Đủ số phản ánh tối thiểu để xếp hạng / enough reports to be ranked' },
          rank: { type: ['integer', 'null'] },
        },
      },
    },
  },
} as const;

export const feedbackPointsQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period'],
  properties: { unit: unitCode, period, view },
} as const;

export const feedbackPointsResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'period', 'view', 'items'],
  properties: {
    ...headProperties,
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'lat', 'long', 'state', 'category', 'overdue', 'simulated'],
        properties: {
          id: { type: 'integer' },
          lat: { type: 'number' },
          long: { type: 'number' },
          state: { type: 'string' },
          category: { type: 'string' },
          overdue: { type: 'boolean' },
          simulated: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export const publicFeedbackQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    unit: unitCode,
    category: categoryCode,
    state: { type: 'string', enum: ['all', 'new', 'acknowledged', 'in_progress', 'handled', 'rejected'], description: 'Mặc định: handled' },
    limit: limit(100),
    offset,
  },
} as const;

export const publicFeedbackResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['total', 'limit', 'offset', 'items'],
  properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: publicReportSchema } },
} as const;

const token = { type: 'string', minLength: 10, maxLength: 100 } as const;
export const trackFeedbackBody = { type: 'object', additionalProperties: false, required: ['token'], properties: { token } } as const;
export const rateFeedbackBody = {
  type: 'object',
  additionalProperties: false,
  required: ['token', 'rating'],
  properties: { token, rating: { type: 'integer', minimum: 1, maximum: 5, description: '1–5 điểm; 4–5: hài lòng' } },
} as const;

export const feedbackPlacesQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: { q: { type: 'string', minLength: 2, maxLength: 80, description: 'Tên xã, phường (không dấu cũng được) / a commune name, accents optional' } },
} as const;

export const feedbackPlacesResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'name', 'province'],
        properties: { code: { type: 'string' }, name: { type: 'string' }, province: nullableText },
      },
    },
  },
} as const;
