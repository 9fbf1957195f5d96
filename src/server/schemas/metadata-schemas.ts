/**
 * JSON schemas for the metadata reads (GET /data-elements, /indicators, /indicators/{code}, /plans, /plans/{code}):
 * closed, bounded requests (unknown parameters refused) and a response schema for every status a route answers
 * (the errors as the shared ApiError) — the answers are serialised through them, so fields not listed here never
 * leave the server.
 */
import { ELEMENT_CODE_PATTERN } from '../../domain/formula.ts';
import { COMPARISONS, DIRECTIONS, HIERARCHY_AGGREGATIONS, VALUE_TYPES } from '../../domain/metadata.ts';
import { PERIOD_TYPES, TIME_AGGREGATIONS } from '../../domain/periods.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './unit-schemas.ts';
import { errorResponses } from './api-error.ts';

// ---- requests ----

/** Codes of data elements, indicators and datasets (letters without accents, digits, _ and .). */
const code = { type: 'string', minLength: 1, maxLength: 100, pattern: ELEMENT_CODE_PATTERN.source } as const;
/** Plan codes are free text (domain/metadata.ts validatePlan). */
const planCode = { type: 'string', minLength: 1, maxLength: 100 } as const;
const unitCode = { type: 'string', minLength: 1, maxLength: 50 } as const;
const q = { type: 'string', maxLength: 200 } as const;
/** A target's group or a form's section, compared without accents or case. */
const label = { type: 'string', minLength: 1, maxLength: 500 } as const;
const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$' } as const;
const paging = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
} as const;

export const dataElementsQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q,
    valueType: { type: 'string', enum: [...VALUE_TYPES] },
    periodType: { type: 'string', enum: [...PERIOD_TYPES] },
    dataset: code,
    section: label,
    ...paging,
  },
} as const;

export const indicatorsQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: { q, plan: planCode, group: label, element: code, ...paging },
} as const;

export const plansQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: { q, unit: unitCode, from: period, to: period, ...paging },
} as const;

export const indicatorParams = { type: 'object', additionalProperties: false, required: ['code'], properties: { code } } as const;
export const planCodeParams = { type: 'object', additionalProperties: false, required: ['code'], properties: { code: planCode } } as const;

// ---- responses ----

const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;

function object<P extends Record<string, unknown>>(properties: P) {
  return { type: 'object', required: Object.keys(properties), properties } as const;
}

function page<I>(items: I) {
  return object({ items: { type: 'array', items }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } });
}

export const dataElementSchema = object({
  code: text,
  name: text,
  nameEn: text,
  description: nullableText,
  valueType: { type: 'string', enum: [...VALUE_TYPES] },
  timeAggregation: { type: 'string', enum: [...TIME_AGGREGATIONS] },
  hierarchyAggregation: { type: 'string', enum: [...HIERARCHY_AGGREGATIONS] },
  periodType: { type: 'string', enum: [...PERIOD_TYPES] },
  unitOfMeasure: nullableText,
  minValue: nullableNumber,
  maxValue: nullableNumber,
  derivedFrom: nullableText,
});

const indicatorProperties = {
  code: text,
  name: text,
  nameEn: text,
  description: nullableText,
  numerator: text,
  denominator: nullableText,
  factor: { type: 'number' },
  unitOfMeasure: nullableText,
  decimals: { type: 'integer' },
  direction: { type: 'string', enum: [...DIRECTIONS] },
  computed: {
    type: 'boolean',
    description: 'Mọi phần tử của công thức được tính từ hồ sơ của một sổ đăng ký (không đơn vị nào báo cáo) / every element is counted from records',
  },
} as const;

export const indicatorSchema = object(indicatorProperties);

const planProperties = {
  code: text,
  name: text,
  nameEn: text,
  legalBasis: nullableText,
  unitCode: nullableText,
  unitName: nullableText,
  startPeriod: nullableText,
  endPeriod: nullableText,
  targetCount: { type: 'integer' },
} as const;

export const planSchema = object(planProperties);

const comparison = { type: 'string', enum: [...COMPARISONS] } as const;

export const indicatorDetailSchema = object({
  ...indicatorProperties,
  elements: {
    type: 'array',
    items: object({
      code: text,
      name: text,
      nameEn: text,
      valueType: { type: 'string', enum: [...VALUE_TYPES] },
      periodType: { type: 'string', enum: [...PERIOD_TYPES] },
      unitOfMeasure: nullableText,
      usedIn: { type: 'array', items: { type: 'string', enum: ['numerator', 'denominator'] } },
      derivedFrom: { ...nullableText, description: 'Chỉ số của sổ đăng ký mà phần tử được tính từ / the registry measure it is computed from' },
    }),
  },
  plans: {
    type: 'array',
    items: object({
      ...planProperties,
      targets: { type: 'array', items: object({ unit: text, period: text, value: { type: 'number' }, comparison, group: nullableText, label: nullableText }) },
    }),
  },
});

export const planDetailSchema = object({
  ...planProperties,
  groups: {
    type: 'array',
    items: object({
      group: nullableText,
      targets: {
        type: 'array',
        items: object({
          indicator: object({
            code: text,
            name: text,
            nameEn: text,
            unitOfMeasure: nullableText,
            decimals: { type: 'integer' },
            direction: { type: 'string', enum: [...DIRECTIONS] },
          }),
          unit: text,
          period: text,
          value: { type: 'number' },
          comparison,
          label: nullableText,
        }),
      },
    }),
  },
});

// The handlers' refusals (403 outside the caller's plans, 404 a code not found); 400, 401 and 500 are added for
// every route (route-responses.ts).
export const dataElementsResponse = { 200: page(dataElementSchema), ...errorResponses(403, 404) };
export const indicatorsResponse = { 200: page(indicatorSchema), ...errorResponses(403, 404) };
export const indicatorResponse = { 200: indicatorDetailSchema, ...errorResponses(403, 404) };
export const plansResponse = { 200: page(planSchema), ...errorResponses(403) };
export const planResponse = { 200: planDetailSchema, ...errorResponses(403, 404) };
