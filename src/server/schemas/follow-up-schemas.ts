/** Request and response schemas of the follow-ups of missed targets (giải trình và chỉ đạo; app/follow-ups/). */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';
import { FOLLOW_UP_STATES } from '../../domain/follow-ups.ts';

const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const label = { type: 'object', required: ['vi', 'en'], properties: { vi: { type: 'string' }, en: { type: 'string' } } } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const nullableString = { type: ['string', 'null'] } as const;

export const followUpListQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    plan: text(100),
    unit: text(64),
    state: { type: 'string', enum: FOLLOW_UP_STATES },
    overdue: { type: 'boolean' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

export const followUpParams = { type: 'object', required: ['id'], properties: { id: idInteger } } as const;
export const directiveParams = { type: 'object', required: ['id', 'directive'], properties: { id: idInteger, directive: idInteger } } as const;

/** A document (số/ký hiệu, ngày, cơ quan ban hành, trích yếu) or a link. */
const evidenceItem = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['document', 'link'] },
    number: text(100),
    date,
    issuer: text(300),
    summary: text(1000),
    url: { type: 'string', minLength: 8, maxLength: 2000, pattern: '^https?://' },
    title: text(300),
  },
} as const;
export const evidenceList = { type: 'array', maxItems: 10, items: evidenceItem } as const;

export const explainBody = {
  type: 'object',
  additionalProperties: false,
  required: ['content'],
  properties: { content: text(5000), evidence: evidenceList },
} as const;

export const directBody = {
  type: 'object',
  additionalProperties: false,
  required: ['content', 'assignee', 'deadline'],
  properties: { content: text(5000), assignee: text(64), deadline: date },
} as const;

export const progressBody = {
  type: 'object',
  additionalProperties: false,
  required: ['content'],
  properties: { content: text(5000), done: { type: 'boolean' }, evidence: evidenceList },
} as const;

export const closeBody = { type: 'object', additionalProperties: false, required: ['reason'], properties: { reason: text(2000) } } as const;

export const evidenceOut = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
    issuer: { type: 'string' },
    summary: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
  },
} as const;
const namedUnit = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } } as const;

const directive = {
  type: 'object',
  required: ['id', 'content', 'assignee', 'deadline', 'by', 'at', 'doneAt', 'overdue', 'progress', 'canReport'],
  properties: {
    id: { type: 'integer' },
    content: { type: 'string' },
    assignee: namedUnit,
    deadline: { type: 'string' },
    by: { type: 'string' },
    at: { type: 'string' },
    doneAt: nullableString,
    overdue: { type: 'boolean' },
    canReport: { type: 'boolean' },
    progress: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'content', 'done', 'evidence', 'by', 'at'],
        properties: {
          id: { type: 'integer' },
          content: { type: 'string' },
          done: { type: 'boolean' },
          evidence: { type: 'array', items: evidenceOut },
          by: { type: 'string' },
          at: { type: 'string' },
        },
      },
    },
  },
} as const;

export const followUpResponse = {
  type: 'object',
  required: [
    'id',
    'plan',
    'indicator',
    'unit',
    'period',
    'target',
    'state',
    'stateLabel',
    'openedOn',
    'explainBy',
    'overdue',
    'closed',
    'explanations',
    'directives',
    'abilities',
  ],
  properties: {
    id: { type: 'integer' },
    plan: { type: 'string' },
    indicator: {
      type: 'object',
      required: ['code', 'name', 'unitOfMeasure', 'decimals'],
      properties: { code: { type: 'string' }, name: { type: 'string' }, unitOfMeasure: nullableString, decimals: { type: 'integer' } },
    },
    unit: namedUnit,
    period: { type: 'string' },
    target: {
      type: 'object',
      required: ['value', 'comparison', 'status', 'statusLabel', 'actual', 'gap'],
      properties: {
        value: { type: 'number' },
        comparison: { type: 'string' },
        status: { type: 'string' },
        statusLabel: label,
        actual: nullableNumber,
        gap: nullableNumber,
      },
    },
    state: { type: 'string', enum: FOLLOW_UP_STATES },
    stateLabel: label,
    openedOn: { type: 'string' },
    explainBy: { type: 'string' },
    overdue: { type: 'boolean' },
    closed: {
      type: ['object', 'null'],
      required: ['at', 'by', 'reason', 'note'],
      properties: { at: { type: 'string' }, by: { type: 'string' }, reason: { type: 'string', enum: ['recovered', 'leader'] }, note: nullableString },
    },
    explanations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'content', 'evidence', 'by', 'at'],
        properties: {
          id: { type: 'integer' },
          content: { type: 'string' },
          evidence: { type: 'array', items: evidenceOut },
          by: { type: 'string' },
          at: { type: 'string' },
        },
      },
    },
    directives: { type: 'array', items: directive },
    abilities: {
      type: 'object',
      required: ['explain', 'direct', 'close', 'progress'],
      properties: { explain: { type: 'boolean' }, direct: { type: 'boolean' }, close: { type: 'boolean' }, progress: { type: 'boolean' } },
    },
  },
} as const;

export const followUpListResponse = {
  type: 'object',
  required: ['total', 'items'],
  properties: { total: { type: 'integer' }, items: { type: 'array', items: followUpResponse } },
} as const;

export const syncResponse = {
  type: 'object',
  required: ['skipped', 'opened', 'recovered', 'refreshed'],
  properties: { skipped: { type: 'boolean' }, opened: { type: 'integer' }, recovered: { type: 'integer' }, refreshed: { type: 'integer' } },
} as const;
