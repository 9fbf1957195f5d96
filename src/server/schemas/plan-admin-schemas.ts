/**
 * JSON schemas for the plan writes (POST /plans, PUT /plans/{code}, POST /plans/{code}/copy): closed bodies of
 * bounded fields. The schema checks the shape (400 naming the field); what needs the store or the whole plan —
 * an indicator that does not exist, a span that ends before it starts, a target given twice — is the metadata
 * import's validation (422 VALIDATION_FAILED naming each field). Answers: the plan as GET /plans/{code}.
 */
import { COMPARISONS } from '../../domain/metadata.ts';
import { errorResponses } from './api-error.ts';
import { figureNumber } from './int-limits.ts';
import { planDetailSchema } from './metadata-schemas.ts';

const planCode = { type: 'string', minLength: 1, maxLength: 100 } as const;
const unitCode = { type: 'string', minLength: 1, maxLength: 50 } as const;
const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$' } as const;
const name = { type: 'string', minLength: 1, maxLength: 500 } as const;
const longText = { type: 'string', minLength: 1, maxLength: 5000 } as const;

/** Up to 20,000 targets a plan (63 provinces × a handful of indicators × a five-year path fits many times). */
export const MAX_TARGETS = 20_000;

const targetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['indicator', 'unit', 'period', 'value', 'comparison'],
  properties: {
    indicator: { type: 'string', minLength: 1, maxLength: 100 },
    unit: unitCode,
    period,
    value: figureNumber,
    comparison: { type: 'string', enum: [...COMPARISONS] },
    group: name,
    label: longText,
  },
} as const;

const planFields = {
  name,
  nameEn: name,
  legalBasis: longText,
  unitCode,
  startPeriod: period,
  endPeriod: period,
  targets: { type: 'array', maxItems: MAX_TARGETS, items: targetSchema },
} as const;

export const createPlanBody = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name', 'nameEn'],
  properties: { code: planCode, ...planFields },
} as const;

export const updatePlanBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'nameEn'],
  properties: planFields,
} as const;

export const copyPlanBody = {
  type: 'object',
  additionalProperties: false,
  required: ['units'],
  properties: {
    units: { type: 'array', minItems: 1, maxItems: 100, items: unitCode },
    codePattern: { type: 'string', minLength: 1, maxLength: 100 },
  },
} as const;

const text = { type: 'string' } as const;

export const copyPlanResult = {
  type: 'object',
  required: ['source', 'plans'],
  properties: {
    source: text,
    plans: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unitCode', 'unitName', 'code', 'name', 'targetCount'],
        properties: { unitCode: text, unitName: text, code: text, name: text, targetCount: { type: 'integer' } },
      },
    },
  },
} as const;

export const createPlanResponse = { 201: planDetailSchema, ...errorResponses(403, 409, 422) };
export const updatePlanResponse = { 200: planDetailSchema, ...errorResponses(403, 404, 422) };
export const copyPlanResponse = { 201: copyPlanResult, ...errorResponses(403, 404, 422) };
