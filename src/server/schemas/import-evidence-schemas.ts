/**
 * Schemas for the evidence resource (requests are checked in store/evidence/input.ts; multipart has no JSON
 * schema), and the answer of a file download (evidence files, import templates).
 */

export const evidenceIdParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 36, pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } },
} as const;

const nullableString = { type: ['string', 'null'] } as const;

export const evidenceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['document', 'file', 'link'] },
    unit: { type: 'string' },
    period: { type: 'string' },
    element: nullableString,
    dataset: nullableString,
    document: {
      type: ['object', 'null'],
      properties: { number: { type: 'string' }, date: nullableString, issuer: nullableString, summary: nullableString },
    },
    url: nullableString,
    file: {
      type: ['object', 'null'],
      properties: { name: { type: 'string' }, size: { type: 'integer' }, mediaType: { type: 'string' }, sha256: { type: 'string' } },
    },
    createdBy: { type: 'string' },
    createdAt: { type: 'string' },
  },
} as const;

/** attachment; the original name (already cleaned) as an ASCII fallback and as RFC 5987 UTF-8. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** A file download's answer: the bytes as stored, in one of these media types (sent as they are, never serialised). */
export function fileResponse(mediaTypes: readonly string[], description: string) {
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) };
}
