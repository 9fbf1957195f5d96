/**
 * JSON schemas of the unit events an administrator enters (POST /units/events, PATCH /units/events/{id},
 * POST /units/events/{id}/withdraw). The body is bounded and closed; dates and names are plain strings here so
 * that the use case answers a wrong one with 422 naming its field (domain/unit-events.ts).
 */
import { UNIT_LEVELS } from '../../domain/units.ts';
import { UNIT_EVENT_KINDS } from '../../domain/unit-events.ts';

const code = { type: 'string', minLength: 1, maxLength: 64 } as const;
const text = { type: 'string', maxLength: 500 } as const;
const date = { type: 'string', maxLength: 32 } as const;
const level = { type: 'string', enum: [...UNIT_LEVELS] } as const;

const newUnit = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'fullName'],
  properties: { code, fullName: text, parentCode: code, share: { type: 'number', minimum: 0, maximum: 1 } },
} as const;

export const unitEventBody = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'date', 'legalBasis'],
  properties: {
    kind: { type: 'string', enum: [...UNIT_EVENT_KINDS] },
    code,
    level,
    date,
    legalBasis: text,
    note: text,
    fullName: text,
    newLevel: level,
    previousFullName: text,
    newCode: code,
    codes: { type: 'array', maxItems: 100, items: code },
    into: newUnit,
    parts: { type: 'array', maxItems: 100, items: newUnit },
  },
} as const;

export const unitEventPatchBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { legalBasis: text, note: text },
} as const;

export const unitEventParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } },
} as const;

const nullableString = { type: ['string', 'null'] } as const;

export const presentedEventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'date', 'legalBasis', 'note', 'source', 'withdrawable', 'links'],
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    date: nullableString,
    legalBasis: nullableString,
    note: nullableString,
    source: { type: 'string' },
    withdrawable: { type: 'boolean' },
    links: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'part', 'share'],
        properties: {
          from: {
            type: 'object',
            additionalProperties: false,
            required: ['code', 'fullName'],
            properties: { code: { type: 'string' }, fullName: { type: 'string' } },
          },
          to: {
            type: 'object',
            additionalProperties: false,
            required: ['code', 'fullName', 'validFrom'],
            properties: { code: { type: 'string' }, fullName: { type: 'string' }, validFrom: nullableString },
          },
          part: { type: 'string' },
          share: { type: ['number', 'null'] },
        },
      },
    },
  },
} as const;

export const recomputeStateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['required', 'reason'],
  properties: { required: { type: 'boolean' }, reason: nullableString },
} as const;

export const unitEventResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['event', 'recompute'],
  properties: { event: presentedEventSchema, recompute: recomputeStateSchema },
} as const;

export const withdrawnEventResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['withdrawn', 'recompute'],
  properties: { withdrawn: presentedEventSchema, recompute: recomputeStateSchema },
} as const;

/** The withdrawal takes no fields. */
export const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;
