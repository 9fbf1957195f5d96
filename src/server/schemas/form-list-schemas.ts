/** GET /forms: the list of forms (dataset × unit × period) with their state, deadline and checks. */
import { DEFAULT_PAGE_SIZE } from './unit-schemas.ts';

const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const states = ['draft', 'submitted', 'returned', 'approved'] as const;

/** The most forms answered at once. */
export const MAX_FORMS_PAGE = 500;

export const formListQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dataset: { type: 'string', minLength: 1, maxLength: 100 },
    period,
    from: period,
    to: period,
    unit: { type: 'string', minLength: 1, maxLength: 64 },
    state: { type: 'string', enum: [...states] },
    overdue: { type: 'boolean' },
    order: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_FORMS_PAGE, default: DEFAULT_PAGE_SIZE },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
  },
} as const;

const formListItem = {
  type: 'object',
  required: [
    'dataset',
    'unit',
    'period',
    'deadline',
    'state',
    'reason',
    'submittedAt',
    'submittedBy',
    'decidedAt',
    'decidedBy',
    'overdue',
    'elements',
    'filled',
    'errors',
    'warnings',
  ],
  properties: {
    dataset: {
      type: 'object',
      required: ['code', 'name', 'nameEn'],
      properties: { code: { type: 'string' }, name: { type: 'string' }, nameEn: { type: 'string' } },
    },
    unit: {
      type: 'object',
      required: ['code', 'name', 'level'],
      properties: { code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } },
    },
    period: {
      type: 'object',
      required: ['id', 'label', 'labelEn'],
      properties: { id: { type: 'string' }, label: { type: 'string' }, labelEn: { type: 'string' } },
    },
    deadline: { type: 'string' },
    state: { type: 'string', enum: [...states] },
    reason: nullableString,
    submittedAt: nullableString,
    submittedBy: nullableString,
    decidedAt: nullableString,
    decidedBy: nullableString,
    overdue: { type: 'boolean' },
    elements: { type: 'integer' },
    filled: { type: 'integer' },
    errors: { type: 'integer' },
    warnings: { type: 'integer' },
  },
} as const;

export const formListResponse = {
  type: 'object',
  required: ['items', 'total', 'limit', 'offset', 'today', 'counts'],
  properties: {
    items: { type: 'array', items: formListItem },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    today: { type: 'string' },
    counts: {
      type: 'object',
      required: [...states, 'overdue'],
      properties: {
        draft: { type: 'integer' },
        submitted: { type: 'integer' },
        returned: { type: 'integer' },
        approved: { type: 'integer' },
        overdue: { type: 'integer' },
      },
    },
  },
} as const;
