/**
 * Request and response schemas of open data: the admins' publications and the public, read-only routes under
 * /public. Response schemas list exactly the fields a public reader gets (fast-json-stringify drops the rest), so
 * nothing else a use case returned can leak.
 */
import { analyticsQuerystring } from './analytics-schemas.ts';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const codeParam = { type: 'string', minLength: 1, maxLength: 100 } as const;

export const noQuery = { type: 'object', additionalProperties: false, properties: {} } as const;

export const indicatorPublicationParams = { type: 'object', required: ['code'], properties: { code: codeParam } } as const;
export const rankingPublicationParams = {
  type: 'object',
  required: ['framework', 'edition', 'period'],
  properties: { framework: codeParam, edition: { type: 'string', minLength: 1, maxLength: 50 }, period: { type: 'string', minLength: 1, maxLength: 20 } },
} as const;

/** `{}` or `{note}`: a JSON object, never null (a body is always sent, as every write). */
export const publicationBody = {
  type: 'object',
  additionalProperties: false,
  properties: { note: { type: 'string', maxLength: 1000 } },
} as const;

export const publicationListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { kind: { type: 'string', enum: ['indicator', 'ranking'] } },
} as const;

export const publicationSchema = {
  type: 'object',
  required: ['kind', 'key', 'publishedAt', 'publishedBy', 'note'],
  properties: { kind: str, key: str, publishedAt: str, publishedBy: str, note: strOrNull },
} as const;

export const publicationListSchema = { type: 'object', required: ['items'], properties: { items: { type: 'array', items: publicationSchema } } } as const;

/** The analytics query's querystring without the indicator (it is in the path) and without a unit list. */
const { indicator: _indicator, units: _units, ...publicProperties } = analyticsQuerystring.properties;
export const publicIndicatorQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['unit'],
  properties: { ...publicProperties, breakdown: { type: 'string', enum: ['none', 'children', 'leaves'] } },
} as const;

const unitRef = { type: 'object', required: ['code', 'name'], properties: { code: str, name: str } } as const;
const coverage = { type: 'object', required: ['reported', 'expected'], properties: { reported: num, expected: num } } as const;

export const publicIndicatorListSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name', 'nameEn', 'unitOfMeasure', 'publishedAt'],
        properties: { code: str, name: str, nameEn: str, unitOfMeasure: strOrNull, description: strOrNull, publishedAt: str },
      },
    },
  },
} as const;

export const publicIndicatorSchema = {
  type: 'object',
  required: ['indicator', 'unit', 'periods', 'view', 'rows'],
  properties: {
    indicator: {
      type: 'object',
      required: ['code', 'name', 'nameEn', 'unitOfMeasure', 'decimals'],
      properties: { code: str, name: str, nameEn: str, unitOfMeasure: strOrNull, decimals: num },
    },
    unit: unitRef,
    periods: { type: 'array', items: str },
    view: str,
    rows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['unit', 'period', 'value', 'numerator', 'denominator', 'coverage', 'target', 'status', 'gap', 'withheld'],
        properties: {
          unit: unitRef,
          period: str,
          value: numOrNull,
          numerator: numOrNull,
          denominator: numOrNull,
          coverage,
          target: numOrNull,
          status: strOrNull,
          gap: numOrNull,
          withheld: { type: 'boolean', description: 'Có số liệu chưa được duyệt: không công bố / unapproved data flows into it: not shown' },
        },
      },
    },
  },
} as const;

export const publicPlanListSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name', 'nameEn', 'legalBasis', 'indicators'],
        properties: { code: str, name: str, nameEn: str, legalBasis: strOrNull, indicators: { type: 'array', items: str } },
      },
    },
  },
} as const;

const statusCounts = { type: 'object', additionalProperties: { type: 'number' } } as const;

export const publicPlanSchema = {
  type: 'object',
  required: ['plan', 'asOf', 'targets', 'summary'],
  properties: {
    plan: {
      type: 'object',
      required: ['code', 'name', 'nameEn', 'legalBasis', 'unit'],
      properties: { code: str, name: str, nameEn: str, legalBasis: strOrNull, unit: { anyOf: [unitRef, { type: 'null' }] } },
    },
    asOf: str,
    targets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['indicator', 'unit', 'period', 'group', 'label', 'target', 'comparison', 'value', 'status', 'statusLabel', 'gap', 'periodOpen', 'withheld'],
        properties: {
          indicator: str,
          unit: str,
          period: str,
          group: strOrNull,
          label: strOrNull,
          target: num,
          comparison: str,
          value: numOrNull,
          status: str,
          statusLabel: { type: 'object', required: ['vi', 'en'], properties: { vi: str, en: str } },
          gap: numOrNull,
          periodOpen: { type: 'boolean' },
          withheld: { type: 'boolean' },
        },
      },
    },
    summary: { type: 'object', required: ['total', 'metOrExceeded', 'byStatus'], properties: { total: num, metOrExceeded: num, byStatus: statusCounts } },
  },
} as const;

const rankingEdition = {
  framework: unitRef,
  edition: { type: 'object', required: ['edition', 'name'], properties: { edition: str, name: str } },
  period: str,
  publishedAt: str,
} as const;

export const publicRankingListSchema = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: { type: 'object', required: ['framework', 'edition', 'period', 'publishedAt'], properties: rankingEdition } } },
} as const;

export const publicRankingSchema = {
  type: 'object',
  required: ['framework', 'edition', 'period', 'publishedAt', 'runs'],
  properties: {
    ...rankingEdition,
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['level', 'revision', 'publishedAt', 'origin', 'source', 'rankedAmong', 'results'],
        properties: {
          level: str,
          revision: num,
          publishedAt: strOrNull,
          origin: str,
          source: {
            anyOf: [{ type: 'object', required: ['title', 'url', 'date'], properties: { title: str, url: strOrNull, date: strOrNull } }, { type: 'null' }],
          },
          rankedAmong: num,
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['unitCode', 'unitName', 'score', 'rank', 'rankChange', 'grade', 'points', 'maxPoints'],
              properties: {
                unitCode: str,
                unitName: str,
                score: numOrNull,
                rank: numOrNull,
                rankChange: numOrNull,
                grade: strOrNull,
                points: num,
                maxPoints: num,
              },
            },
          },
        },
      },
    },
  },
} as const;

const license = { type: 'object', required: ['title', 'url'], properties: { title: str, url: str } } as const;

export const catalogSchema = {
  type: 'object',
  required: ['title', 'description', 'publisher', 'license', 'homepage', 'datasets'],
  properties: {
    title: str,
    description: str,
    publisher: str,
    license,
    homepage: str,
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'identifier',
          'kind',
          'title',
          'description',
          'publisher',
          'license',
          'keywords',
          'theme',
          'temporal',
          'spatial',
          'accrualPeriodicity',
          'issued',
          'modified',
          'distributions',
        ],
        properties: {
          identifier: str,
          kind: str,
          title: str,
          description: str,
          publisher: str,
          license,
          keywords: { type: 'array', items: str },
          theme: str,
          temporal: {
            anyOf: [
              { type: 'object', required: ['start', 'end', 'periods'], properties: { start: str, end: str, periods: { type: 'array', items: str } } },
              { type: 'null' },
            ],
          },
          spatial: { type: 'array', items: str },
          accrualPeriodicity: strOrNull,
          issued: str,
          modified: str,
          distributions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['title', 'format', 'mediaType', 'downloadURL'],
              properties: { title: str, format: str, mediaType: str, downloadURL: str },
            },
          },
        },
      },
    },
  },
} as const;

export const csvResponse = (description: string) => ({ description, content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } } });
export const jsonLdResponse = {
  description: 'Danh mục DCAT (JSON-LD) / the DCAT catalogue as JSON-LD',
  content: { 'application/ld+json': { schema: { type: 'object', additionalProperties: true } } },
};
export const notModified = { description: 'Không đổi so với ETag đã có / not modified since the ETag given', type: 'null' } as const;
