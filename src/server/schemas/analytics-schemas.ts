/** Request and response schemas for analytics, plan status and compute jobs. Numbers in answers are plain JSON numbers (clients format vi-VN). */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';
import { TARGET_STATUS_LABELS } from '../../domain/targets.ts';

/**
 * Exactly one of `period` (one id), `periods` (a range FIRST..LAST of one type) or `from` + `to`; `units` lists
 * codes at or below `unit` (breakdown `units`). The combinations and bounds are checked by app/analytics.
 */
export const analyticsQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['indicator', 'unit'],
  properties: {
    indicator: { type: 'string', minLength: 1, maxLength: 100 },
    unit: { type: 'string', minLength: 1, maxLength: 50 },
    period: { type: 'string', minLength: 1, maxLength: 20 },
    periods: { type: 'string', minLength: 1, maxLength: 50 },
    from: { type: 'string', minLength: 1, maxLength: 20 },
    to: { type: 'string', minLength: 1, maxLength: 20 },
    breakdown: { type: 'string', enum: ['none', 'children', 'leaves', 'units'] },
    units: { type: 'string', minLength: 1, maxLength: 2000 },
    view: { type: 'string', enum: ['was', 'now'], default: 'was' },
  },
} as const;

export const planParams = {
  type: 'object',
  required: ['code'],
  properties: { code: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export const planStatusQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: { asOf: { type: 'string', format: CALENDAR_DATE_FORMAT } },
} as const;

export const jobParams = {
  type: 'object',
  required: ['id'],
  properties: { id: idInteger },
} as const;

// ---- responses (serialised through these: fields not listed never leave the server) ----

const nullableNumber = { type: ['number', 'null'] } as const;
const nullableString = { type: ['string', 'null'] } as const;
const namedUnit = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } } as const;
const coverage = { type: 'object', required: ['reported', 'expected'], properties: { reported: { type: 'number' }, expected: { type: 'number' } } } as const;
const statusLabel = { type: 'object', required: ['vi', 'en'], properties: { vi: { type: 'string' }, en: { type: 'string' } } } as const;

export const analyticsResponse = {
  type: 'object',
  required: ['indicator', 'period', 'periods', 'unit', 'view', 'breakdown', 'rows'],
  properties: {
    indicator: { type: 'string' },
    /** The period asked: its id, or FIRST..LAST for a series. */
    period: { type: 'string' },
    periods: { type: 'array', items: { type: 'string' } },
    unit: namedUnit,
    view: { type: 'string' },
    breakdown: { type: 'string' },
    /** Period by period (oldest first), each period's rows by unit. */
    rows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unit', 'period', 'value', 'numerator', 'denominator', 'coverage'],
        properties: {
          unit: namedUnit,
          period: { type: 'string' },
          value: nullableNumber,
          numerator: nullableNumber,
          denominator: nullableNumber,
          coverage,
          approximate: { type: 'boolean' },
          /** A rate the unit reported beside the count and total (a rate-consistency rule ties them), and whether they agree. */
          reportedRate: {
            type: 'object',
            required: ['element', 'reported', 'expected', 'decimals', 'consistent'],
            properties: {
              element: { type: 'string' },
              reported: { type: 'number' },
              expected: { type: 'number' },
              decimals: { type: 'integer' },
              consistent: { type: 'boolean' },
            },
          },
          target: { type: 'number' },
          status: { type: 'string' },
          gap: nullableNumber,
        },
      },
    },
  },
} as const;

/** What became of a unit that ended: the lineage event and the successors it names. */
const reorganisation = {
  type: ['object', 'null'],
  required: ['kind', 'date', 'legalBasis', 'successors'],
  properties: {
    kind: nullableString,
    date: { type: 'string' },
    legalBasis: nullableString,
    successors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name', 'level', 'part', 'share'],
        properties: { code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' }, part: { type: 'string' }, share: nullableNumber },
      },
    },
  },
} as const;

const summary = {
  type: 'object',
  required: ['total', 'metOrExceeded', 'byStatus', 'text'],
  properties: {
    total: { type: 'integer' },
    metOrExceeded: { type: 'integer' },
    byStatus: {
      type: 'object',
      properties: Object.fromEntries(Object.keys(TARGET_STATUS_LABELS).map((status) => [status, { type: 'integer' }])),
    },
    text: { type: 'string' },
  },
} as const;

export const planStatusResponse = {
  type: 'object',
  required: ['plan', 'asOf', 'unit', 'targets', 'summary', 'groups', 'reported'],
  properties: {
    plan: { type: 'string' },
    asOf: { type: 'string' },
    unit: {
      type: ['object', 'null'],
      required: ['code', 'name', 'level', 'validFrom', 'validTo', 'reorganisation'],
      properties: {
        code: { type: 'string' },
        name: { type: 'string' },
        level: { type: 'string' },
        validFrom: nullableString,
        validTo: nullableString,
        reorganisation,
      },
    },
    targets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          indicator: { type: 'string' },
          unit: { type: 'string' },
          period: { type: 'string' },
          group: nullableString,
          label: nullableString,
          target: { type: 'number' },
          comparison: { type: 'string' },
          value: nullableNumber,
          status: { type: 'string' },
          statusLabel,
          gap: nullableNumber,
          projected: nullableNumber,
          periodOpen: { type: 'boolean' },
          coverage: { type: ['object', 'null'], properties: coverage.properties },
          reorganisation,
          now: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              required: ['unit', 'value', 'coverage', 'approximate'],
              properties: { unit: namedUnit, value: nullableNumber, coverage, approximate: { type: 'boolean' } },
            },
          },
        },
      },
    },
    summary,
    groups: { type: 'array', items: { type: 'object', properties: { group: nullableString, summary } } },
    reported: {
      type: ['object', 'null'],
      description: "What the plan's unit reported of its progress (e.g. 8/19 met or exceeded), beside the summary computed from the targets known",
      required: ['met', 'total', 'period', 'evidence', 'text'],
      properties: { met: { type: 'number' }, total: { type: 'number' }, period: { type: 'string' }, evidence: nullableString, text: { type: 'string' } },
    },
  },
} as const;

export const recomputeStartedResponse = {
  type: 'object',
  required: ['jobId', 'status'],
  properties: { jobId: { type: 'integer' }, status: { type: 'string' } },
} as const;

const recomputeProgress = {
  type: ['object', 'null'],
  required: ['step', 'steps', 'message'],
  properties: { step: { type: 'integer' }, steps: { type: 'integer' }, message: { type: 'string' } },
} as const;

/** compute/aggregates/recompute.ts RecomputeReport. */
const recomputeReport = {
  type: ['object', 'null'],
  properties: {
    units: { type: 'integer' },
    closureRows: { type: 'integer' },
    leafRows: { type: 'integer' },
    periods: { type: 'integer' },
    aggregateRows: { type: 'integer' },
    treeDate: { type: 'string' },
    durationMs: { type: 'number' },
  },
} as const;

export const computeJobResponse = {
  type: 'object',
  required: ['id', 'kind', 'status', 'progress', 'report', 'error', 'requestedBy', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    progress: recomputeProgress,
    report: recomputeReport,
    error: nullableString,
    requestedBy: nullableString,
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;
