/**
 * JSON schemas of the DHIS2 data value sets (GET and POST /dhis2/dataValueSets), idScheme=CODE. The query lists
 * repeat as DHIS2's do (`orgUnit=67&orgUnit=68`); a set's values are checked by the domain, row by row (every
 * problem named by row and field), so the body schema bounds sizes and fields only.
 */
const code = { type: 'string', minLength: 1, maxLength: 100 } as const;
const codes = (maxItems: number) => ({ type: 'array', minItems: 1, maxItems, items: code }) as const;
const text = { type: 'string', maxLength: 50_000 } as const;
const MAX_SET_ROWS = 100_000;

export const exportQuerystring = {
  type: 'object',
  additionalProperties: false,
  required: ['orgUnit', 'period'],
  properties: {
    dataSet: code,
    dataElement: codes(500),
    orgUnit: codes(50),
    period: { type: 'array', minItems: 1, maxItems: 60, items: { type: 'string', minLength: 4, maxLength: 10 } },
    children: { type: 'boolean', default: false },
    format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
    idScheme: { type: 'string', minLength: 1, maxLength: 20 },
  },
} as const;

export const importQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dryRun: { type: 'boolean', default: false },
    idScheme: { type: 'string', minLength: 1, maxLength: 20 },
  },
} as const;

/** One data value of a JSON set: DHIS2's fields (and the `created`/`followup` its exports add), nothing else. */
const bodyValue = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dataElement: text,
    period: text,
    orgUnit: text,
    categoryOptionCombo: text,
    attributeOptionCombo: text,
    value: { anyOf: [text, { type: 'number', minimum: -1e15, maximum: 1e15 }, { type: 'boolean' }] },
    storedBy: text,
    created: text,
    lastUpdated: text,
    comment: text,
    followup: { type: 'boolean' },
  },
} as const;

/** A JSON set (application/json), or the CSV text (text/csv) whose records the domain checks. */
export const importBody = {
  anyOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['dataValues'],
      properties: {
        dataSet: code,
        completeDate: { type: 'string', maxLength: 40 },
        dataValues: { type: 'array', maxItems: MAX_SET_ROWS, items: bodyValue },
      },
    },
    { type: 'string', maxLength: 64 * 1024 * 1024 },
  ],
} as const;

const dataValue = {
  type: 'object',
  required: ['dataElement', 'period', 'orgUnit', 'value'],
  properties: {
    dataElement: { type: 'string', description: 'Mã phần tử dữ liệu / our data element code' },
    period: { type: 'string', description: 'Kỳ dạng DHIS2 / the period in DHIS2 form: 2023, 2023S1, 2023Q2, 202306' },
    orgUnit: { type: 'string', description: 'Mã đơn vị / our unit code' },
    categoryOptionCombo: { type: 'string' },
    attributeOptionCombo: { type: 'string' },
    value: { type: 'string' },
    storedBy: { type: 'string', description: 'Người ghi; rỗng khi người gọi không được xem / who recorded it; empty where the caller may not see it' },
    lastUpdated: { type: 'string' },
    comment: { type: 'string', description: 'Ghi chú; rỗng khi người gọi không được xem / empty where the caller may not see it' },
  },
} as const;

export const dataValueSetResponse = {
  type: 'object',
  required: ['dataValues'],
  properties: { dataValues: { type: 'array', items: dataValue } },
} as const;

const problem = {
  type: 'object',
  required: ['row', 'field', 'message'],
  properties: { row: { type: 'integer' }, field: { type: 'string' }, message: { type: 'string' } },
} as const;

export const importSummaryResponse = {
  type: 'object',
  required: ['responseType', 'status', 'description', 'dryRun', 'importCount', 'conflicts', 'problems'],
  properties: {
    responseType: { type: 'string', enum: ['ImportSummary'] },
    status: { type: 'string', enum: ['SUCCESS', 'WARNING', 'ERROR'] },
    description: { type: 'string' },
    dryRun: { type: 'boolean' },
    importCount: {
      type: 'object',
      required: ['imported', 'updated', 'ignored', 'deleted'],
      properties: { imported: { type: 'integer' }, updated: { type: 'integer' }, ignored: { type: 'integer' }, deleted: { type: 'integer' } },
    },
    conflicts: {
      type: 'array',
      items: { type: 'object', required: ['object', 'value'], properties: { object: { type: 'string' }, value: { type: 'string' } } },
    },
    problems: { type: 'array', items: problem },
  },
} as const;
