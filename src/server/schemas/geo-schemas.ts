/** JSON schemas of the boundary reads (GET /geo/boundaries, GET /geo/layers). */
import { GEO_DETAILS, GEO_LEVELS } from '../../domain/geo.ts';
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';

const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const nullableDate = { type: ['string', 'null'] } as const;

export const boundariesQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    parent: { type: 'string', minLength: 1, maxLength: 64 },
    level: { type: 'string', enum: [...GEO_LEVELS] },
    at: date,
    detail: { type: 'string', enum: [...GEO_DETAILS], default: 'low' },
  },
} as const;

const layer = {
  type: 'object',
  additionalProperties: false,
  required: ['level', 'validFrom', 'validTo', 'sourceName', 'featureCount', 'importedBy', 'importedAt'],
  properties: {
    level: { type: 'string' },
    validFrom: { type: 'string' },
    validTo: nullableDate,
    sourceName: { type: 'string' },
    featureCount: { type: 'integer' },
    importedBy: { type: 'string' },
    importedAt: { type: 'string' },
  },
} as const;

/** Documents the answer; the route sends the stored GeoJSON text as it is. */
export const boundariesSchema = {
  type: 'object',
  required: ['type', 'layers', 'missing', 'features'],
  properties: {
    type: { type: 'string', enum: ['FeatureCollection'] },
    layers: { type: 'array', items: layer },
    missing: { type: 'array', items: { type: 'string' } },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'properties', 'geometry'],
        properties: {
          type: { type: 'string', enum: ['Feature'] },
          properties: { type: 'object', properties: { code: { type: 'string' }, name: { type: ['string', 'null'] } } },
          geometry: { type: 'object', properties: { type: { type: 'string', enum: ['Polygon', 'MultiPolygon'] }, coordinates: { type: 'array' } } },
        },
      },
    },
  },
} as const;

export const layersSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: layer } },
} as const;
