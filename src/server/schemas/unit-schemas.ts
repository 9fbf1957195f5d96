/**
 * JSON schemas for the units resource: requests (validated by Fastify, bad input → our error shape)
 * and responses (serialised by fast-json-stringify, so fields not listed here never leave the server).
 */
import { LINEAGE_KINDS, UNIT_LEVELS } from '../../domain/units.ts';
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';

export const MAX_PAGE_SIZE = 10_000;
export const DEFAULT_PAGE_SIZE = 100;

const nullableString = { type: ['string', 'null'] } as const;
const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const code = { type: 'string', minLength: 1, maxLength: 64 } as const;

// ---- requests ----

export const listUnitsQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    level: { type: 'string', enum: [...UNIT_LEVELS] },
    at: date,
    parent: code,
    q: { type: 'string', maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
  },
} as const;

export const unitCodeParams = {
  type: 'object',
  required: ['code'],
  properties: { code },
} as const;

export const atQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: { at: date },
} as const;

/** For routes that take no query parameters: any given is reported, not silently ignored. */
export const noQuerystring = { type: 'object', additionalProperties: false, properties: {} } as const;

// ---- responses ----

const unitProperties = {
  code: { type: 'string' },
  level: { type: 'string' },
  type: { type: 'string' },
  name: { type: 'string' },
  nameEn: { type: 'string' },
  fullName: { type: 'string' },
  fullNameEn: { type: 'string' },
  validFrom: nullableString,
  validTo: nullableString,
  validToKnown: { type: 'boolean' },
  codeOfficial: { type: 'boolean' },
  parentCode: nullableString,
  note: nullableString,
} as const;

export const unitSchema = {
  type: 'object',
  required: Object.keys(unitProperties),
  properties: unitProperties,
} as const;

export const unitListSchema = {
  type: 'object',
  required: ['items', 'total', 'limit', 'offset', 'at'],
  properties: {
    items: { type: 'array', items: unitSchema },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    at: { type: 'string' },
  },
} as const;

const linkedUnitProperties = {
  code: { type: 'string' },
  level: { type: 'string' },
  name: { type: 'string' },
  fullName: { type: 'string' },
  validFrom: nullableString,
  validTo: nullableString,
} as const;

export const lineageLinkSchema = {
  type: 'object',
  required: ['kind', 'date', 'legalBasis', 'part', 'share', 'unit'],
  properties: {
    kind: { type: 'string', enum: [...LINEAGE_KINDS] },
    date: nullableString,
    legalBasis: nullableString,
    part: { type: 'string' },
    share: { type: ['number', 'null'] },
    unit: { type: 'object', required: Object.keys(linkedUnitProperties), properties: linkedUnitProperties },
  },
} as const;

const links = { type: 'array', items: lineageLinkSchema } as const;

export const unitLineageSchema = {
  type: 'object',
  required: ['code', 'versions', 'predecessors', 'successors'],
  properties: {
    code: { type: 'string' },
    versions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unit', 'predecessors', 'successors'],
        properties: { unit: unitSchema, predecessors: links, successors: links },
      },
    },
    predecessors: links,
    successors: links,
  },
} as const;
