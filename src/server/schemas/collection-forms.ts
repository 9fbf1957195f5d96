/** JSON schemas of forms, the workflow, datasets and coverage. */
import { ACTIONS } from '../../domain/access.ts';
import { acceptWarnings, valueFields } from './collection-values.ts';
import { evidenceSchema } from './import-evidence-schemas.ts';

const nullableString = { type: ['string', 'null'] } as const;
const anyValue = { type: ['number', 'string', 'boolean', 'null'] } as const;

export const formParams = {
  type: 'object',
  required: ['dataset', 'unit', 'period'],
  properties: {
    dataset: { type: 'string', minLength: 1, maxLength: 100 },
    unit: { type: 'string', minLength: 1, maxLength: 64 },
    period: { type: 'string', minLength: 4, maxLength: 10 },
  },
} as const;

export const workflowParams = {
  ...formParams,
  required: [...formParams.required, 'action'],
  properties: { ...formParams.properties, action: { type: 'string', enum: ['submit', 'approve', 'return', 'reopen'] } },
} as const;

export const workflowBody = { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', maxLength: 2000 } } } as const;

/** POST /forms/approve: the forms to approve together (≤ BULK_APPROVE_LIMIT, each once). */
export const bulkApproveBody = {
  type: 'object',
  additionalProperties: false,
  required: ['forms'],
  properties: {
    forms: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: { ...formParams, additionalProperties: false },
    },
  },
} as const;

export const bulkApproveResponse = {
  type: 'object',
  required: ['approved'],
  properties: {
    approved: {
      type: 'array',
      items: {
        type: 'object',
        properties: { ...formParams.properties, previousState: { type: 'string' }, state: { type: 'string' } },
      },
    },
  },
} as const;

/** Kept by hand, as BatchBody (collection-values.ts) and for the same reason: `value` is any JSON value to the schema. */
export interface FormBody {
  values: Array<{ dataElement: string; value: number | string | boolean | null; comment?: string | null; evidence?: string | null }>;
  acceptWarnings?: Array<{ index: number; rule: string }>;
}

export const formBody = {
  type: 'object',
  additionalProperties: false,
  required: ['values'],
  properties: {
    values: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dataElement', 'value'],
        properties: valueFields,
      },
    },
    acceptWarnings,
  },
} as const;

const problem = { type: 'object', properties: { element: nullableString, rule: nullableString, message: { type: 'string' } } } as const;
const abilities = {
  type: 'object',
  properties: Object.fromEntries(ACTIONS.map((a) => [a, { type: 'boolean' }])),
} as const;

export const formResponse = {
  type: 'object',
  properties: {
    dataset: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, nameEn: { type: 'string' }, periodType: { type: 'string' } } },
    unit: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } } },
    period: { type: 'string' },
    state: { type: 'string' },
    reason: nullableString,
    submittedAt: nullableString,
    submittedBy: nullableString,
    decidedAt: nullableString,
    decidedBy: nullableString,
    deadline: { type: 'string' },
    previousPeriod: { type: 'string' },
    approvedAt: nullableString,
    elements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          nameEn: { type: 'string' },
          valueType: { type: 'string' },
          unitOfMeasure: nullableString,
          minValue: { type: ['number', 'null'] },
          maxValue: { type: ['number', 'null'] },
          section: nullableString,
          evidenceRequired: { type: 'boolean' },
          value: anyValue,
          comment: nullableString,
          evidence: nullableString,
          status: nullableString,
          author: nullableString,
          updatedAt: nullableString,
          errors: { type: 'array', items: { type: 'string' } },
          warnings: { type: 'array', items: { type: 'string' } },
          previousValue: {
            type: ['object', 'null'],
            required: ['period', 'value'],
            properties: { period: { type: 'string' }, value: anyValue },
          },
          approvedValue: {
            type: ['object', 'null'],
            required: ['approvedAt', 'value'],
            properties: { approvedAt: { type: 'string' }, value: anyValue },
          },
        },
      },
    },
    evidence: { type: 'array', items: evidenceSchema },
    validation: { type: 'object', properties: { errors: { type: 'array', items: problem }, warnings: { type: 'array', items: problem } } },
    abilities,
  },
} as const;

export const transitionResponse = {
  type: 'object',
  properties: { state: { type: 'string' }, previousState: { type: 'string' }, reason: nullableString },
} as const;

const datasetProperties = {
  code: { type: 'string' },
  name: { type: 'string' },
  nameEn: { type: 'string' },
  periodType: { type: 'string' },
  deadlineDays: { type: 'integer' },
  elements: {
    type: 'array',
    items: { type: 'object', properties: { code: { type: 'string' }, section: { type: 'string' }, evidenceRequired: { type: 'boolean' } } },
  },
  units: { type: 'array', items: { type: 'object', properties: { unit: { type: 'string' }, level: { type: 'string' } } } },
} as const;

export const datasetSchema = { type: 'object', properties: datasetProperties } as const;
export const datasetListResponse = { type: 'object', properties: { items: { type: 'array', items: datasetSchema } } } as const;
/** Checked in full by the domain (every problem with its path). */
export const datasetBody = { type: 'object' } as const;

export const datasetParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 100 } } } as const;

export const coverageQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['period'],
  properties: {
    period: { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$' },
    within: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

const coverageUnit = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    state: { type: 'string' },
    submittedAt: nullableString,
    onTime: { type: ['boolean', 'null'] },
  },
} as const;

export const coverageResponse = {
  type: 'object',
  properties: {
    dataset: { type: 'string' },
    period: { type: 'string' },
    deadline: { type: 'string' },
    expected: { type: 'integer' },
    submitted: { type: 'integer' },
    onTime: { type: 'integer' },
    late: { type: 'integer' },
    missing: { type: 'integer' },
    approved: { type: 'integer' },
    units: { type: 'array', items: coverageUnit },
    missingUnits: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } } },
  },
} as const;
