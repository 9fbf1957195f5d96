/** JSON schemas of the batch API, value history and validation rules. */
import { MAX_INT32 } from './int-limits.ts';

const code = { type: 'string', minLength: 1, maxLength: 100 } as const;
const period = { type: 'string', minLength: 4, maxLength: 10 } as const;
const anyValue = { type: ['number', 'string', 'boolean', 'null'] } as const;
const optionalText = { anyOf: [{ type: 'string', maxLength: 5000 }, { type: 'null' }] } as const;
const optionalEvidence = { anyOf: [{ type: 'string', maxLength: 2000 }, { type: 'null' }] } as const;
/** Any JSON value: the element's type decides (checked with the item's index by the write path). */
const inputValue = {} as const;
const nullableString = { type: ['string', 'null'] } as const;

/** The fields of one value a client sends (a form names the unit and period in its path; the batch per item). */
export const valueFields = { dataElement: code, value: inputValue, comment: optionalText, evidence: optionalEvidence } as const;

export const acceptWarnings = {
  type: 'array',
  maxItems: 10_000,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['index', 'rule'],
    properties: { index: { type: 'integer', minimum: 0, maximum: MAX_INT32 }, rule: { type: 'string', minLength: 1, maxLength: 200 } },
  },
} as const;

/**
 * Kept by hand (not FromSchema<typeof batchBody>): the schema lets `value` be any JSON value — the element's type
 * decides, and the write path refuses the rest naming the item — which FromSchema rightly types as unknown, while
 * the write path (app/collection/record-values.ts RecordItem) takes DataValueContent. Keep the two in step.
 */
export interface BatchBody {
  values: Array<{
    dataElement: string;
    unit: string;
    period: string;
    value: number | string | boolean | null;
    comment?: string | null;
    evidence?: string | null;
  }>;
  acceptWarnings?: Array<{ index: number; rule: string }>;
}

export const batchBody = {
  type: 'object',
  additionalProperties: false,
  required: ['values'],
  properties: {
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 10_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dataElement', 'unit', 'period', 'value'],
        properties: { ...valueFields, unit: { type: 'string', minLength: 1, maxLength: 64 }, period },
      },
    },
    acceptWarnings,
  },
} as const;

export const idempotencyHeaders = {
  type: 'object',
  properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

const warning = { type: 'object', properties: { index: { type: 'integer' }, rule: { type: 'string' }, message: { type: 'string' } } } as const;

export const batchResponse = {
  type: 'object',
  required: ['created', 'updated', 'unchanged', 'warnings'],
  properties: { created: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' }, warnings: { type: 'array', items: warning } },
} as const;

export const historyQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['dataElement', 'unit', 'period'],
  properties: { dataElement: code, unit: { type: 'string', minLength: 1, maxLength: 64 }, period },
} as const;

export const historyResponse = {
  type: 'object',
  properties: {
    dataElement: { type: 'string' },
    unit: { type: 'string' },
    period: { type: 'string' },
    versions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          version: { type: 'integer' },
          value: anyValue,
          status: {
            type: 'string',
            description: "The value's form's workflow state (draft, submitted, approved, returned), or direct (ghi trực tiếp) for a value no form collects",
          },
          comment: nullableString,
          evidence: nullableString,
          derived: { type: 'boolean', description: 'Worked back from other figures (the comment says how), not reported' },
          author: { type: 'string' },
          source: { type: 'string' },
          createdAt: { type: 'string' },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          at: { type: 'string' },
          actorName: { type: 'string' },
          actorKind: { type: 'string' },
          source: { type: 'string' },
          via: nullableString,
          entity: { type: 'string' },
          entityKey: { type: 'string' },
          action: { type: 'string' },
          before: {},
          after: {},
        },
      },
    },
  },
} as const;

const ruleProperties = {
  kind: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  severity: { type: 'string' },
  message: { type: 'string' },
  left: { type: 'string' },
  operator: { type: 'string' },
  right: { type: 'string' },
  countElement: { type: 'string' },
  totalElement: { type: 'string' },
  rateElement: { type: 'string' },
} as const;

export const ruleSchema = { type: 'object', properties: ruleProperties } as const;
export const ruleListResponse = { type: 'object', properties: { items: { type: 'array', items: ruleSchema } } } as const;
/** The body is checked in full by the domain (every problem with its path); here only "an object". */
export const ruleBody = { type: 'object' } as const;
