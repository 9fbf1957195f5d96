/** Schemas and the presenter for the imports resource. */
import type { ImportPreview, ImportProgress } from '../../app/imports/types.ts';
import type { ImportJob } from '../../store/imports/repo.ts';

export const importIdParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 36, pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } },
} as const;

export const templateParams = {
  type: 'object',
  additionalProperties: false,
  required: ['code'],
  properties: { code: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
export const templateQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['period'],
  properties: { period: { type: 'string', minLength: 4, maxLength: 16 } },
} as const;

const problem = {
  type: 'object',
  properties: { row: { type: 'integer' }, column: { type: 'string' }, cell: { type: 'string' }, message: { type: 'string' } },
} as const;
const warning = { type: 'object', properties: { ...problem.properties, rule: { type: 'string' } } } as const;
const item = {
  type: 'object',
  properties: {
    dataElement: { type: 'string' },
    unit: { type: 'string' },
    period: { type: 'string' },
    value: {},
    comment: { type: 'string' },
    evidence: { type: 'string' },
    row: { type: 'integer' },
    cell: { type: 'string' },
  },
} as const;

export const importSchema = {
  type: 'object',
  properties: {
    importId: { type: 'string' },
    dataset: { type: 'string' },
    period: { type: 'string' },
    fileName: { type: 'string' },
    status: { type: 'string' },
    rowsRead: { type: 'integer' },
    format: { type: 'string' },
    sheet: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    rows: { type: 'integer' },
    values: { type: 'integer' },
    errorCount: { type: 'integer' },
    errors: { type: 'array', items: problem },
    warnings: { type: 'array', items: problem },
    sample: { type: 'array', items: item },
    columns: { type: 'array', items: { type: 'string' } },
    grid: { type: 'object', properties: { rows: { type: 'integer' }, columns: { type: 'integer' } } },
    changes: { type: 'object', properties: { created: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' } } },
    shape: { type: 'string' },
    periods: { type: 'array', items: { type: 'string' } },
    progress: {
      type: ['object', 'null'],
      properties: { phase: { type: 'string' }, done: { type: 'integer' }, total: { type: 'integer' }, message: { type: 'string' } },
    },
    result: {
      type: ['object', 'null'],
      properties: { created: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' }, warnings: { type: 'array', items: warning } },
    },
    createdBy: { type: 'string' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

/** Rows per page of GET /imports/{id}/rows. */
export const ROWS_PAGE_MAX = 500;

export const importRowsQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: ROWS_PAGE_MAX, default: 200 },
  },
} as const;

export const importRowsSchema = {
  type: 'object',
  required: ['importId', 'offset', 'total', 'columns', 'items'],
  properties: {
    importId: { type: 'string' },
    offset: { type: 'integer' },
    total: { type: 'integer' },
    columns: { type: 'integer' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['row', 'cells'],
        properties: { row: { type: 'integer' }, cells: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
} as const;

export const commitSchema = {
  type: 'object',
  properties: {
    importId: { type: 'string' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    warnings: { type: 'array', items: warning },
  },
} as const;

/**
 * The job as the API shows it: its state and, once read, its preview's fields at the top level; `progress`
 * while the file is read ("đã đọc n/N dòng") or written ("committing n/N"), given for a commit in flight.
 */
export function presentImport(job: ImportJob, live?: ImportProgress): Record<string, unknown> {
  const preview = (job.preview ?? {}) as Partial<ImportPreview>;
  const progress = live ?? (job.status === 'reading' ? { phase: 'reading' as const, done: job.rowsRead, total: 0 } : null);
  return {
    ...preview,
    progress: progress && { ...progress, message: progressMessage(progress) },
    importId: job.id,
    dataset: job.datasetCode,
    period: job.period,
    fileName: job.fileName,
    status: job.status,
    rowsRead: job.rowsRead,
    result: job.result ?? null,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

function progressMessage(p: ImportProgress): string {
  const of = p.total > 0 ? `/${p.total}` : '';
  return p.phase === 'reading' ? `đã đọc ${p.done}${of} dòng / reading ${p.done}${of} rows` : `đang ghi ${p.done}${of} giá trị / committing ${p.done}${of}`;
}
