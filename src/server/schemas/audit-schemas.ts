/**
 * JSON schemas of GET /api/v1/audit: a closed, bounded querystring (unknown parameters refused, dates real
 * calendar days) and the answer (an event's fields as stored; `before`/`after` are the JSON the use case wrote).
 */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';

const text = { type: 'string', minLength: 1, maxLength: 200 } as const;
const day = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;

/** The largest page of audit events one request reads. */
export const MAX_AUDIT_PAGE = 500;

export const auditQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: text,
    entity: { type: 'string', minLength: 1, maxLength: 64 },
    entityKey: text,
    from: day,
    to: day,
    limit: { type: 'integer', minimum: 1, maximum: MAX_AUDIT_PAGE, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
  },
} as const;

/** Any JSON value (what the change was before and after), or null. */
const json = {} as const;

export const auditEventSchema = {
  type: 'object',
  required: ['id', 'at', 'actorName', 'actorKind', 'source', 'via', 'entity', 'entityKey', 'action', 'before', 'after'],
  properties: {
    id: { type: 'integer' },
    at: { type: 'string' },
    actorName: { type: 'string' },
    actorKind: { type: 'string' },
    source: { type: 'string' },
    via: { type: ['string', 'null'] },
    entity: { type: 'string' },
    entityKey: { type: 'string' },
    action: { type: 'string' },
    before: json,
    after: json,
  },
} as const;

export const auditPageResponse = {
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: auditEventSchema },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
} as const;
