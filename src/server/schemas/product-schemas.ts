/** Request and response schemas of the DX products registry (sản phẩm CĐS; app/products/). */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';
import { evidenceList } from './follow-up-schemas.ts';
import { PRODUCT_ACTIONS, PRODUCT_GRADES, PRODUCT_KINDS, PRODUCT_STATES } from '../../domain/dx-products.ts';

const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const nullableString = { type: ['string', 'null'] } as const;
const year = { type: 'integer', minimum: 2000, maximum: 2100 } as const;
const unitCode = text(64);
const indicators = { type: 'array', maxItems: 20, items: text(100) } as const;

export const productParams = { type: 'object', required: ['id'], properties: { id: idInteger } } as const;

export const productListQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    unit: unitCode,
    year,
    state: { type: 'string', enum: PRODUCT_STATES },
    overdue: { type: 'boolean' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

export const overdueProductsQuerystring = { type: 'object', additionalProperties: false, properties: { unit: unitCode } } as const;

export const unitsWithoutProductQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'year'],
  properties: { unit: unitCode, year, level: { type: 'string', enum: ['district', 'commune'], default: 'district' } },
} as const;

export const registerProductBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'ownerUnit', 'year', 'targetDate'],
  properties: {
    name: text(300),
    kind: { type: 'string', enum: PRODUCT_KINDS },
    ownerUnit: unitCode,
    agency: text(200),
    year,
    targetDate: date,
    registeredOn: date,
    indicators,
    description: { type: 'string', maxLength: 5000 },
  },
} as const;

export const editProductBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: text(300),
    kind: { type: 'string', enum: PRODUCT_KINDS },
    ownerUnit: unitCode,
    agency: { type: ['string', 'null'], minLength: 1, maxLength: 200 },
    year,
    targetDate: date,
    indicators,
    description: { type: ['string', 'null'], maxLength: 5000 },
  },
} as const;

export const productStepBody = {
  type: 'object',
  additionalProperties: false,
  required: ['action'],
  properties: {
    action: { type: 'string', enum: PRODUCT_ACTIONS },
    on: date,
    note: { type: 'string', maxLength: 2000 },
    evidence: evidenceList,
    grade: { type: 'string', enum: PRODUCT_GRADES },
    score: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    comment: { type: 'string', maxLength: 5000 },
  },
} as const;

const evidenceOut = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['document', 'link'] },
    number: { type: 'string' },
    date: { type: 'string' },
    issuer: { type: 'string' },
    summary: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
  },
} as const;

const abilities = {
  type: 'object',
  required: ['edit', 'start', 'complete', 'evaluate', 'withdraw'],
  properties: {
    edit: { type: 'boolean' },
    start: { type: 'boolean' },
    complete: { type: 'boolean' },
    evaluate: { type: 'boolean' },
    withdraw: { type: 'boolean' },
  },
} as const;

const productProperties = {
  id: { type: 'integer' },
  name: { type: 'string' },
  kind: { type: 'string', enum: PRODUCT_KINDS },
  owner: {
    type: 'object',
    required: ['unit', 'unitName', 'agency'],
    properties: { unit: { type: 'string' }, unitName: { type: 'string' }, agency: nullableString },
  },
  year: { type: 'integer' },
  targetDate: { type: 'string' },
  description: nullableString,
  state: { type: 'string', enum: PRODUCT_STATES },
  registeredOn: { type: 'string' },
  startedOn: nullableString,
  completedOn: nullableString,
  evaluatedOn: nullableString,
  withdrawnOn: nullableString,
  evidence: { type: 'array', items: evidenceOut },
  evaluation: {
    type: ['object', 'null'],
    required: ['grade', 'score', 'comment'],
    properties: { grade: { type: 'string' }, score: { type: ['number', 'null'] }, comment: { type: 'string' } },
  },
  indicators: {
    type: 'array',
    items: { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
  },
  overdue: { type: 'boolean' },
  daysOverdue: { type: 'integer' },
  simulated: { type: 'boolean' },
  abilities,
} as const;
const productRequired = Object.keys(productProperties) as Array<keyof typeof productProperties>;

export const productResponse = { type: 'object', required: productRequired, properties: productProperties } as const;

export const productDetailResponse = {
  type: 'object',
  required: [...productRequired, 'steps'],
  properties: {
    ...productProperties,
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['action', 'from', 'to', 'on', 'note', 'by', 'at'],
        properties: {
          action: { type: 'string' },
          from: nullableString,
          to: { type: 'string' },
          on: { type: 'string' },
          note: nullableString,
          by: { type: 'string' },
          at: { type: 'string' },
        },
      },
    },
  },
} as const;

const pair = {
  type: 'object',
  required: ['registered', 'completed'],
  properties: { registered: { type: 'integer' }, completed: { type: 'integer' } },
} as const;
const stateCounts = {
  type: 'object',
  required: [...PRODUCT_STATES],
  properties: Object.fromEntries(PRODUCT_STATES.map((s) => [s, { type: 'integer' }])),
} as const;

export const productListResponse = {
  type: 'object',
  required: ['total', 'limit', 'offset', 'counts', 'items'],
  properties: {
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    counts: {
      type: 'object',
      required: ['registered', 'completed', 'overdue', 'byState', 'byLevel'],
      properties: {
        registered: { type: 'integer' },
        completed: { type: 'integer' },
        overdue: { type: 'integer' },
        byState: stateCounts,
        byLevel: {
          type: 'object',
          required: ['province', 'district', 'commune', 'other'],
          properties: { province: pair, district: pair, commune: pair, other: pair },
        },
      },
    },
    items: { type: 'array', items: productResponse },
  },
} as const;

export const overdueProductsResponse = {
  type: 'object',
  required: ['today', 'items'],
  properties: {
    today: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'ownerUnit', 'agency', 'targetDate', 'state', 'daysOverdue'],
        properties: {
          id: { type: 'integer' },
          name: { type: 'string' },
          ownerUnit: { type: 'string' },
          agency: nullableString,
          targetDate: { type: 'string' },
          state: { type: 'string', enum: PRODUCT_STATES },
          daysOverdue: { type: 'integer' },
        },
      },
    },
  },
} as const;

const namedUnit = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } } as const;

export const unitsWithoutProductResponse = {
  type: 'object',
  required: ['unit', 'year', 'level', 'at', 'total', 'withProduct', 'units', 'agencies'],
  properties: {
    unit: { type: 'string' },
    year: { type: 'integer' },
    level: { type: 'string', enum: ['district', 'commune'] },
    at: { type: 'string' },
    total: { type: 'integer' },
    withProduct: { type: 'integer' },
    units: { type: 'array', items: namedUnit },
    agencies: {
      type: 'object',
      required: ['knowable', 'registered', 'note'],
      properties: { knowable: { type: 'boolean', const: false }, registered: { type: 'array', items: { type: 'string' } }, note: { type: 'string' } },
    },
  },
} as const;
