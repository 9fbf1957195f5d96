/**
 * JSON schemas for the administrators' metadata writes (PUT /data-elements/{code}, PUT /indicators/{code}) and the
 * formula editor's check (POST /indicators/formula-check). The write bodies list their fields with types and outer
 * bounds only (a wrong type, an unknown field or a number past ±10^15 is 400 naming the field); whether a field is required, allowed and sound is the domain validator's
 * (domain/metadata.ts, the metadata import's), answered 422 with every problem by field.
 */
import { REGISTRY_MEASURE_CODES } from '../../domain/registry-measures.ts';
import { ELEMENT_CODE_PATTERN, MAX_FORMULA_LENGTH } from '../../domain/formula.ts';
import { DIRECTIONS, HIERARCHY_AGGREGATIONS, VALUE_TYPES } from '../../domain/metadata.ts';
import { PERIOD_TYPES, TIME_AGGREGATIONS } from '../../domain/periods.ts';
import { errorResponses } from './api-error.ts';
import { figureNumber, MAX_FIGURE } from './int-limits.ts';
import { dataElementSchema, indicatorSchema } from './metadata-schemas.ts';

const code = { type: 'string', minLength: 1, maxLength: 100, pattern: ELEMENT_CODE_PATTERN.source } as const;
const optionalText = { type: ['string', 'null'], maxLength: 5000 } as const;
const formula = { type: 'string', maxLength: MAX_FORMULA_LENGTH + 1 } as const;
const optionalNumber = { type: ['number', 'null'], minimum: -MAX_FIGURE, maximum: MAX_FIGURE } as const;

export const metadataCodeParams = { type: 'object', additionalProperties: false, required: ['code'], properties: { code } } as const;

export const dataElementBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    code: { type: 'string', maxLength: 100 },
    name: { type: 'string', maxLength: 1000 },
    nameEn: { type: 'string', maxLength: 1000 },
    description: optionalText,
    valueType: { type: 'string', enum: [...VALUE_TYPES] },
    timeAggregation: { type: 'string', enum: [...TIME_AGGREGATIONS] },
    hierarchyAggregation: { type: 'string', enum: [...HIERARCHY_AGGREGATIONS] },
    periodType: { type: 'string', enum: [...PERIOD_TYPES] },
    unitOfMeasure: optionalText,
    minValue: optionalNumber,
    maxValue: optionalNumber,
    derivedFrom: {
      type: ['string', 'null'],
      maxLength: 100,
      pattern: `^(${REGISTRY_MEASURE_CODES.map((c) => c.replace('.', '\\.')).join('|')})(\\?[a-z]+=[A-Za-z0-9_]+(&[a-z]+=[A-Za-z0-9_]+)*)?$`,
      description: `Chỉ số của sổ đăng ký, có thể kèm bộ lọc / a registry measure, optionally filtered: ${REGISTRY_MEASURE_CODES.join(', ')}; e.g. dossiers.received_online?field=DAT_DAI`,
    },
  },
} as const;

export const indicatorBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    code: { type: 'string', maxLength: 100 },
    name: { type: 'string', maxLength: 1000 },
    nameEn: { type: 'string', maxLength: 1000 },
    description: optionalText,
    numerator: formula,
    denominator: { type: ['string', 'null'], maxLength: MAX_FORMULA_LENGTH + 1 },
    factor: figureNumber,
    unitOfMeasure: optionalText,
    decimals: { type: 'integer', minimum: -1000, maximum: 1000 },
    direction: { type: 'string', enum: [...DIRECTIONS] },
  },
} as const;

const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$' } as const;

export const formulaCheckBody = {
  type: 'object',
  additionalProperties: false,
  required: ['numerator'],
  properties: {
    code,
    numerator: formula,
    denominator: { type: ['string', 'null'], maxLength: MAX_FORMULA_LENGTH + 1 },
    factor: figureNumber,
    decimals: { type: 'integer', minimum: 0, maximum: 10 },
    unit: { type: 'string', minLength: 1, maxLength: 50 },
    period,
  },
} as const;

const nullableInt = { type: ['integer', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;

function object<P extends Record<string, unknown>>(properties: P) {
  return { type: 'object', required: Object.keys(properties), properties } as const;
}

export const formulaCheckSchema = object({
  ok: { type: 'boolean' },
  errors: { type: 'array', items: object({ field: { type: 'string' }, message: { type: 'string' }, position: nullableInt, length: nullableInt }) },
  elements: {
    type: 'array',
    items: object({
      code: { type: 'string' },
      name: { type: 'string' },
      nameEn: { type: 'string' },
      unitOfMeasure: { type: ['string', 'null'] },
      usedIn: { type: 'array', items: { type: 'string', enum: ['numerator', 'denominator'] } },
    }),
  },
  preview: {
    type: ['object', 'null'],
    required: ['unit', 'period', 'value', 'numerator', 'denominator', 'coverage', 'decimals'],
    properties: {
      unit: object({ code: { type: 'string' }, name: { type: 'string' } }),
      period: { type: 'string' },
      value: nullableNumber,
      numerator: nullableNumber,
      denominator: nullableNumber,
      coverage: object({ reported: { type: 'integer' }, expected: { type: 'integer' } }),
      decimals: { type: 'integer' },
    },
  },
});

// 403 for a caller who is not an admin (and, for the preview, outside the unit), 404 an unknown unit, 422 a definition with problems.
export const dataElementWriteResponse = { 200: dataElementSchema, 201: dataElementSchema, ...errorResponses(403, 422) };
export const indicatorWriteResponse = { 200: indicatorSchema, 201: indicatorSchema, ...errorResponses(403, 422) };
export const formulaCheckResponse = { 200: formulaCheckSchema, ...errorResponses(403, 404) };
