/** Request schemas for analytics, plan status and compute jobs. Numbers in answers are plain JSON numbers (clients format vi-VN). */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';

export const analyticsQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['indicator', 'unit', 'period'],
  properties: {
    indicator: { type: 'string', minLength: 1, maxLength: 100 },
    unit: { type: 'string', minLength: 1, maxLength: 50 },
    period: { type: 'string', minLength: 1, maxLength: 20 },
    breakdown: { type: 'string', enum: ['none', 'children'], default: 'none' },
    view: { type: 'string', enum: ['was', 'now'], default: 'was' },
  },
} as const;

export interface AnalyticsQuerystring {
  indicator: string;
  unit: string;
  period: string;
  breakdown: 'none' | 'children';
  view: 'was' | 'now';
}

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
