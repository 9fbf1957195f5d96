/** GET /units/{code}/reporting: the range asked (two period ids) and the record per dataset and period. */
import { PERIOD_TYPES } from '../../domain/periods.ts';

const period = { type: 'string', maxLength: 6, pattern: '^\\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$' } as const;

export const unitReportingQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: { from: period, to: period },
} as const;

const reportingPeriod = {
  type: 'object',
  required: ['period', 'deadline', 'unitName', 'state', 'submittedAt', 'onTime', 'overdue'],
  properties: {
    period: { type: 'string' },
    deadline: { type: 'string' },
    unitName: { type: 'string' },
    state: { type: 'string', enum: ['draft', 'submitted', 'approved', 'returned'] },
    submittedAt: { type: ['string', 'null'] },
    onTime: { type: ['boolean', 'null'] },
    overdue: { type: 'boolean' },
  },
} as const;

export const unitReportingResponse = {
  type: 'object',
  required: ['code', 'from', 'to', 'today', 'datasets'],
  properties: {
    code: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    today: { type: 'string' },
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name', 'nameEn', 'periodType', 'deadlineDays', 'periods'],
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          nameEn: { type: 'string' },
          periodType: { type: 'string', enum: [...PERIOD_TYPES] },
          deadlineDays: { type: 'integer' },
          periods: { type: 'array', items: reportingPeriod },
        },
      },
    },
  },
} as const;
