/** Request and response schemas of the tasks registry (nhiệm vụ, app/tasks/) and the notification centre. */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';
import { TASK_ACTIONS, TASK_STATES, TASK_STATUSES } from '../../domain/tasks.ts';
import { evidenceList, evidenceOut } from './follow-up-schemas.ts';

const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const namedUnit = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } } as const;

export const taskListQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    plan: text(100),
    unit: text(64),
    status: { type: 'string', enum: TASK_STATUSES },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

export const dueQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    unit: text(64),
    days: { type: 'integer', minimum: 1, maximum: 90, default: 7 },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
  },
} as const;

export const taskParams = { type: 'object', required: ['id'], properties: { id: idInteger } } as const;
export const milestoneParams = { type: 'object', required: ['id', 'milestone'], properties: { id: idInteger, milestone: idInteger } } as const;
export const moveParams = {
  type: 'object',
  required: ['id', 'action'],
  properties: { id: idInteger, action: { type: 'string', enum: ['start', 'pause', 'resume', 'reopen'] } },
} as const;

export const taskBody = {
  type: 'object',
  additionalProperties: false,
  required: ['plan', 'title', 'lead', 'startDate', 'deadline'],
  properties: {
    plan: text(100),
    title: text(1000),
    legalBasis: { type: ['string', 'null'], maxLength: 1000 },
    lead: text(64),
    coordinating: { type: 'array', maxItems: 50, uniqueItems: true, items: text(64) },
    startDate: date,
    deadline: date,
    milestones: {
      type: 'array',
      maxItems: 50,
      items: { type: 'object', additionalProperties: false, required: ['title', 'dueDate'], properties: { title: text(500), dueDate: date } },
    },
    followUp: { ...idInteger, type: ['integer', 'null'] },
    directive: { ...idInteger, type: ['integer', 'null'] },
  },
} as const;

export const moveBody = { type: 'object', additionalProperties: false, properties: { reason: text(2000) } } as const;

export const progressBody = {
  type: 'object',
  additionalProperties: false,
  required: ['percent', 'content'],
  properties: { percent: { type: 'integer', minimum: 0, maximum: 100 }, content: text(5000), reportedOn: date, evidence: evidenceList },
} as const;

export const completeBody = {
  type: 'object',
  additionalProperties: false,
  required: ['completedOn', 'evidence'],
  properties: { completedOn: date, evidence: { ...evidenceList, minItems: 1 }, note: text(2000) },
} as const;

export const milestoneBody = {
  type: 'object',
  additionalProperties: false,
  required: ['doneOn'],
  properties: { doneOn: { type: ['string', 'null'], format: CALENDAR_DATE_FORMAT } },
} as const;

export const taskResponse = {
  type: 'object',
  required: [
    'id',
    'plan',
    'title',
    'lead',
    'coordinating',
    'startDate',
    'deadline',
    'state',
    'status',
    'overdue',
    'dueSoon',
    'daysLeft',
    'percent',
    'simulated',
    'milestones',
    'progress',
    'actions',
  ],
  properties: {
    id: { type: 'integer' },
    plan: { type: 'string' },
    followUp: nullableInt,
    directive: nullableInt,
    title: { type: 'string' },
    legalBasis: nullableString,
    lead: namedUnit,
    coordinating: { type: 'array', items: namedUnit },
    startDate: { type: 'string' },
    deadline: { type: 'string' },
    state: { type: 'string', enum: TASK_STATES },
    status: { type: 'string', enum: TASK_STATUSES },
    overdue: { type: 'boolean' },
    dueSoon: { type: 'boolean' },
    daysLeft: { type: 'integer' },
    percent: { type: 'integer' },
    completedOn: nullableString,
    onTime: { type: ['boolean', 'null'] },
    completionEvidence: { type: 'array', items: evidenceOut },
    pauseReason: nullableString,
    simulated: { type: 'boolean' },
    milestones: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'dueDate', 'doneOn', 'overdue'],
        properties: { id: { type: 'integer' }, title: { type: 'string' }, dueDate: { type: 'string' }, doneOn: nullableString, overdue: { type: 'boolean' } },
      },
    },
    progress: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'reportedOn', 'percent', 'content', 'evidence', 'by', 'at'],
        properties: {
          id: { type: 'integer' },
          reportedOn: { type: 'string' },
          percent: { type: 'integer' },
          content: { type: 'string' },
          evidence: { type: 'array', items: evidenceOut },
          by: { type: 'string' },
          at: { type: 'string' },
        },
      },
    },
    actions: { type: 'array', items: { type: 'string', enum: TASK_ACTIONS } },
  },
} as const;

const countsSchema = {
  type: 'object',
  required: ['total', 'not_started', 'in_progress', 'completed', 'paused', 'overdue', 'dueSoon'],
  properties: Object.fromEntries(
    ['total', 'not_started', 'in_progress', 'completed', 'paused', 'overdue', 'dueSoon'].map((k) => [k, { type: 'integer' }]),
  ) as Record<'total' | 'not_started' | 'in_progress' | 'completed' | 'paused' | 'overdue' | 'dueSoon', { type: 'integer' }>,
} as const;

export const taskListResponse = {
  type: 'object',
  required: ['total', 'counts', 'items'],
  properties: { total: { type: 'integer' }, counts: countsSchema, items: { type: 'array', items: taskResponse } },
} as const;

const dueList = {
  type: 'object',
  required: ['count', 'items'],
  properties: { count: { type: 'integer' }, items: { type: 'array', items: taskResponse } },
} as const;
export const dueResponse = {
  type: 'object',
  required: ['unit', 'days', 'overdue', 'dueSoon'],
  properties: { unit: nullableString, days: { type: 'integer' }, overdue: dueList, dueSoon: dueList },
} as const;

// ——— notifications ———

export const notificationListQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    unread: { type: 'boolean' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

const notification = {
  type: 'object',
  required: ['id', 'kind', 'task', 'title', 'body', 'link', 'at', 'read'],
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    task: nullableInt,
    title: { type: 'string' },
    body: { type: 'string' },
    link: nullableString,
    at: { type: 'string' },
    read: { type: 'boolean' },
  },
} as const;

export const notificationListResponse = {
  type: 'object',
  required: ['total', 'unread', 'items'],
  properties: { total: { type: 'integer' }, unread: { type: 'integer' }, items: { type: 'array', items: notification } },
} as const;

export const unreadResponse = { type: 'object', required: ['unread'], properties: { unread: { type: 'integer' } } } as const;
export const markedResponse = {
  type: 'object',
  required: ['marked', 'unread'],
  properties: { marked: { type: 'integer' }, unread: { type: 'integer' } },
} as const;
export const notificationParams = { type: 'object', required: ['id'], properties: { id: idInteger } } as const;

export const digestQuerystring = { type: 'object', additionalProperties: false, properties: { date } } as const;

export const digestResponse = {
  type: 'object',
  required: ['date', 'subject', 'sections', 'total', 'text', 'html'],
  properties: {
    date: { type: 'string' },
    subject: { type: 'string' },
    total: { type: 'integer' },
    text: { type: 'string' },
    html: { type: 'string' },
    sections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'title', 'count', 'items'],
        properties: {
          key: { type: 'string' },
          title: { type: 'string' },
          count: { type: 'integer' },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['title', 'detail', 'link'],
              properties: { title: { type: 'string' }, detail: { type: 'string' }, link: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;

export const digestRunBody = { type: 'object', additionalProperties: false, properties: { send: { type: 'boolean' }, date } } as const;

export const digestRunResponse = {
  type: 'object',
  required: ['date', 'configured', 'sent', 'withoutEmail', 'failed'],
  properties: {
    date: { type: 'string' },
    configured: { type: 'boolean' },
    sent: {
      type: 'array',
      items: {
        type: 'object',
        required: ['username', 'email', 'total'],
        properties: { username: { type: 'string' }, email: { type: 'string' }, total: { type: 'integer' } },
      },
    },
    withoutEmail: { type: 'array', items: { type: 'string' } },
    failed: {
      type: 'array',
      items: { type: 'object', required: ['username', 'error'], properties: { username: { type: 'string' }, error: { type: 'string' } } },
    },
  },
} as const;
