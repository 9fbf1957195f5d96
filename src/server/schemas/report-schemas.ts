/**
 * Request and response schemas of the generated reports (routes/reports.ts): the request (plan, unit, period,
 * format, date), a report job's state, the kept files' list, and the report model itself (src/reports/model.ts)
 * for the web app's preview. Table cells stay raw numbers (a percent as its figure); clients format them vi-VN.
 */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { idInteger } from './int-limits.ts';
import { REPORT_MEDIA_TYPES } from '../../reports/render.ts';

const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'md'] as const;

const reportFields = {
  plan: { type: 'string', minLength: 1, maxLength: 100 },
  unit: { type: 'string', minLength: 1, maxLength: 50 },
  period: { type: 'string', minLength: 1, maxLength: 20 },
  date: { type: 'string', format: CALENDAR_DATE_FORMAT },
} as const;

export const reportPreviewBody = {
  type: 'object',
  additionalProperties: false,
  required: ['plan', 'unit', 'period'],
  properties: reportFields,
} as const;

export const reportStartBody = {
  type: 'object',
  additionalProperties: false,
  required: ['plan', 'unit', 'period', 'format'],
  properties: { ...reportFields, format: { type: 'string', enum: REPORT_FORMATS } },
} as const;

export const reportParams = { type: 'object', required: ['id'], properties: { id: idInteger } } as const;

export const reportListQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;

const nullableString = { type: ['string', 'null'] } as const;

const links = {
  type: 'object',
  required: ['self', 'file'],
  properties: { self: { type: 'string' }, file: { type: 'string' } },
} as const;

const jobProgress = {
  type: ['object', 'null'],
  required: ['step', 'steps', 'message'],
  properties: { step: { type: 'integer' }, steps: { type: 'integer' }, message: { type: 'string' } },
} as const;

const jobReport = {
  type: ['object', 'null'],
  required: ['fileName', 'size', 'mediaType', 'format'],
  properties: { fileName: { type: 'string' }, size: { type: 'integer' }, mediaType: { type: 'string' }, format: { type: 'string' } },
} as const;

export const reportStartedResponse = {
  type: 'object',
  required: ['id', 'status', 'links'],
  properties: { id: { type: 'integer' }, status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] }, links },
} as const;

export const reportJobResponse = {
  type: 'object',
  required: ['id', 'status', 'progress', 'report', 'error', 'requestedBy', 'createdAt', 'updatedAt', 'links'],
  properties: {
    id: { type: 'integer' },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    progress: jobProgress,
    report: jobReport,
    error: nullableString,
    requestedBy: nullableString,
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    links,
  },
} as const;

export const reportListResponse = {
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['jobId', 'plan', 'unit', 'period', 'format', 'mediaType', 'fileName', 'size', 'requestedBy', 'createdAt'],
        properties: {
          jobId: { type: 'integer' },
          plan: { type: 'string' },
          unit: { type: 'string' },
          period: { type: 'string' },
          format: { type: 'string' },
          mediaType: { type: 'string' },
          fileName: { type: 'string' },
          size: { type: 'integer' },
          requestedBy: nullableString,
          createdAt: { type: 'string' },
        },
      },
    },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
} as const;

const text = { type: 'string' } as const;
const texts = { type: 'array', items: text } as const;

const reportTable = {
  type: 'object',
  required: ['title', 'columns', 'rows'],
  properties: {
    title: text,
    columns: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'format'],
        properties: {
          label: text,
          format: {
            type: 'object',
            required: ['kind'],
            properties: { kind: { type: 'string', enum: ['text', 'number', 'percent'] }, decimals: { type: 'integer' } },
          },
        },
      },
    },
    rows: { type: 'array', items: { type: 'array', items: { type: ['string', 'number', 'null'] } } },
    note: text,
  },
} as const;

const reportSection = {
  type: 'object',
  required: ['key', 'title', 'paragraphs', 'tables'],
  properties: { key: text, title: text, paragraphs: texts, tables: { type: 'array', items: reportTable } },
} as const;

/** src/reports/model.ts ReportModel. */
export const reportModelResponse = {
  type: 'object',
  required: ['header', 'introduction', 'sections', 'closing', 'signature', 'recipients', 'sources'],
  properties: {
    header: {
      type: 'object',
      required: ['parentBody', 'issuingBody', 'number', 'place', 'date', 'documentType', 'summary'],
      properties: { parentBody: text, issuingBody: text, number: text, place: text, date: text, documentType: text, summary: text },
    },
    introduction: texts,
    sections: { type: 'array', items: reportSection },
    closing: { type: 'array', items: reportSection },
    signature: { type: 'object', required: ['authority', 'title', 'name'], properties: { authority: text, title: text, name: text } },
    recipients: texts,
    sources: { type: 'array', items: { type: 'object', required: ['subject', 'citation'], properties: { subject: text, citation: text } } },
    simulatedNotice: text,
  },
} as const;

/** The media types a report file is sent in: renderReport's, without their parameters. */
export const REPORT_FILE_MEDIA_TYPES: readonly string[] = Object.values(REPORT_MEDIA_TYPES).map((type) => type.split(';')[0]!);
