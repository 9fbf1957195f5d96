/**
 * JSON schemas for the frameworks resource: requests (bad input → 400 naming the field) and responses
 * (only the listed fields leave the server).
 */
import { FRAMEWORK_LEVELS } from '../../domain/frameworks/types.ts';
import { MERGED_UNIT_RULES } from '../../domain/frameworks/run-types.ts';
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';

const code = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.]+$' } as const;
const period = { type: 'string', minLength: 4, maxLength: 10 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const nullableInteger = { type: ['integer', 'null'] } as const;
const level = { type: 'string', enum: [...FRAMEWORK_LEVELS] } as const;

// ---- requests ----

export const frameworkParams = { type: 'object', required: ['code'], properties: { code } } as const;

export const editionParams = { type: 'object', required: ['code', 'edition'], properties: { code, edition: code } } as const;

export const runParams = { type: 'object', required: ['code', 'edition', 'id'], properties: { code, edition: code, id: idInteger } } as const;

export const scoresQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['period'],
  properties: { level, period, revision: idInteger },
} as const;

export const runBody = {
  type: 'object',
  additionalProperties: false,
  required: ['period'],
  properties: {
    level,
    period,
    units: { type: 'array', minItems: 1, maxItems: 20000, items: { type: 'string', minLength: 1, maxLength: 64 } },
    at: { type: 'string', format: CALENDAR_DATE_FORMAT },
    mergedUnitRule: { type: 'string', enum: [...MERGED_UNIT_RULES] },
  },
} as const;

export const unitParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 64 } } } as const;

export const noQuerystring = { type: 'object', additionalProperties: false, properties: {} } as const;

// ---- responses ----

const editionSummary = {
  type: 'object',
  required: ['edition', 'name', 'legalBasis', 'validFrom', 'validTo'],
  properties: { edition: { type: 'string' }, name: { type: 'string' }, legalBasis: { type: 'string' }, validFrom: { type: 'string' }, validTo: nullableString },
} as const;

export const frameworkSchema = {
  type: 'object',
  required: ['code', 'name', 'nameEn', 'level', 'editions'],
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    nameEn: { type: 'string' },
    level: { type: 'string' },
    description: { type: 'string' },
    editions: { type: 'array', items: editionSummary },
  },
} as const;

export const frameworkListSchema = { type: 'object', required: ['items'], properties: { items: { type: 'array', items: frameworkSchema } } } as const;

const anyObject = { type: 'object', additionalProperties: true } as const;
const named = { code: { type: 'string' }, name: { type: 'string' } } as const;

export const editionSchema = {
  type: 'object',
  properties: {
    framework: { type: 'string' },
    edition: { type: 'string' },
    name: { type: 'string' },
    legalBasis: { type: 'string' },
    validFrom: { type: 'string' },
    validTo: nullableString,
    note: { type: 'string' },
    previousEdition: { type: 'string' },
    maxPoints: { type: 'number' },
    grades: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, label: { type: 'string' }, min: { type: 'number' } } } },
    pillars: { type: 'array', items: { type: 'object', properties: named } },
    mainIndices: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...named,
          maxPoints: { type: 'number' },
          scored: { type: 'boolean' },
          publishedElement: { type: 'string' },
          components: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                ...named,
                maxPoints: { type: 'number' },
                rule: anyObject,
                pillars: { type: 'array', items: { type: 'string' } },
                source: anyObject,
              },
            },
          },
        },
      },
    },
  },
} as const;

export const runSchema = {
  type: 'object',
  required: [
    'id',
    'framework',
    'edition',
    'level',
    'period',
    'revision',
    'status',
    'options',
    'compareRunId',
    'createdAt',
    'createdBy',
    'publishedAt',
    'publishedBy',
    'origin',
    'source',
  ],
  properties: {
    id: { type: 'integer' },
    framework: { type: 'string' },
    edition: { type: 'string' },
    level: { type: 'string' },
    period: { type: 'string' },
    revision: { type: 'integer' },
    status: { type: 'string' },
    options: {
      type: 'object',
      properties: { at: { type: 'string' }, units: { type: 'array', items: { type: 'string' } }, mergedUnitRule: { type: 'string' } },
    },
    compareRunId: nullableInteger,
    createdAt: { type: 'string' },
    createdBy: { type: 'string' },
    publishedAt: nullableString,
    publishedBy: nullableString,
    origin: { type: 'string', enum: ['computed', 'imported'] },
    source: {
      type: ['object', 'null'],
      required: ['title'],
      properties: { title: { type: 'string' }, url: { type: 'string' }, date: { type: 'string' }, file: { type: 'string' } },
    },
  },
} as const;

export const runListSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: { type: 'object', required: [...runSchema.required, 'units'], properties: { ...runSchema.properties, units: { type: 'integer' } } },
    },
  },
} as const;

const part = {
  type: 'object',
  required: ['code', 'name', 'points', 'max', 'value', 'rank'],
  properties: { ...named, points: { type: 'number' }, max: { type: 'number' }, value: nullableNumber, rank: nullableInteger },
} as const;
const componentValue = { type: ['number', 'string', 'boolean', 'null'] } as const;

export const scoreItemSchema = {
  type: 'object',
  required: [
    'unit',
    'points',
    'max',
    'score',
    'rank',
    'rankChange',
    'grade',
    'mainIndices',
    'pillars',
    'components',
    'missing',
    'predecessors',
    'derived',
    'note',
  ],
  properties: {
    unit: { type: 'object', required: ['code', 'name'], properties: named },
    points: { type: 'number' },
    max: { type: 'number' },
    score: nullableNumber,
    rank: nullableInteger,
    rankChange: nullableInteger,
    grade: { type: ['object', 'null'], required: ['code', 'label'], properties: { code: { type: 'string' }, label: { type: 'string' } } },
    mainIndices: {
      type: 'array',
      items: { type: 'object', required: [...part.required, 'basis'], properties: { ...part.properties, basis: { type: 'string' } } },
    },
    pillars: { type: 'array', items: part },
    components: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, value: componentValue, points: nullableNumber } } },
    missing: { type: 'array', items: { type: 'string' } },
    predecessors: { type: ['array', 'null'], items: { type: 'string' } },
    derived: { type: 'array', items: { type: 'string' } },
    note: nullableString,
  },
} as const;

export const scoresSchema = {
  type: 'object',
  required: ['run', 'items'],
  properties: { run: runSchema, items: { type: 'array', items: scoreItemSchema } },
} as const;

const change = (value: object) =>
  ({ type: 'object', required: ['code', 'before', 'after'], properties: { code: { type: 'string' }, before: value, after: value } }) as const;

export const diffSchema = {
  type: 'object',
  required: ['run', 'previous', 'units'],
  properties: {
    run: runSchema,
    previous: { anyOf: [runSchema, { type: 'null' }] },
    units: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unit', 'change', 'scoreBefore', 'scoreAfter', 'rankBefore', 'rankAfter', 'mainIndices', 'components'],
        properties: {
          unit: { type: 'object', required: ['code', 'name'], properties: named },
          change: { type: 'string' },
          scoreBefore: nullableNumber,
          scoreAfter: nullableNumber,
          rankBefore: nullableInteger,
          rankAfter: nullableInteger,
          mainIndices: { type: 'array', items: change(nullableNumber) },
          components: { type: 'array', items: change({ type: ['object', 'null'], properties: { value: componentValue, points: nullableNumber } }) },
        },
      },
    },
  },
} as const;

export const unitScoresSchema = {
  type: 'object',
  required: ['unit', 'items'],
  properties: {
    unit: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['framework', 'edition', 'run', 'result', 'rankedAmong'],
        properties: {
          framework: { type: 'object', required: ['code', 'name'], properties: named },
          edition: { type: 'object', required: ['edition', 'name'], properties: { edition: { type: 'string' }, name: { type: 'string' } } },
          run: runSchema,
          result: scoreItemSchema,
          rankedAmong: { type: 'integer', description: 'số đơn vị được xếp hạng cùng (63 trong "27/63") / how many units the ranking is among' },
        },
      },
    },
  },
} as const;
