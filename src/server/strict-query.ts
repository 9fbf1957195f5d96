/**
 * Query strings and path parameters arrive as text; this converts them to the type their schema declares,
 * strictly, and nothing else is ever converted (JSON bodies are validated as sent: a number where a string is
 * declared is 400 naming the field, see app.ts `coerceTypes: false`). Ajv's own coercion is off because it
 * is lax in ways that reach the store: '1e400' and 'Infinity' become Infinity and pass `maximum`, '0x10'
 * becomes 16, ' 5' becomes 5. Here an integer is `-?[0-9]+` within the safe range, a number is a plain
 * decimal, a boolean is `true` or `false`, and an array property takes a single value as a one-item list.
 * Text that does not convert is left as it is, so the schema's `type` refuses it with the usual 400.
 */
import type { FastifyRequest } from 'fastify';

interface PropertySchema {
  type?: string | string[];
  items?: PropertySchema;
}

interface ObjectSchema {
  properties?: Record<string, PropertySchema>;
}

const INTEGER = /^-?[0-9]{1,16}$/;
const DECIMAL = /^-?[0-9]{1,16}(\.[0-9]{1,16})?$/;

function convert(text: string, type: string | string[] | undefined): unknown {
  const types = [type ?? []].flat();
  if (types.includes('integer') && INTEGER.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  if (types.includes('number') && DECIMAL.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function convertProperty(value: unknown, schema: PropertySchema): unknown {
  const isArray = [schema.type ?? []].flat().includes('array');
  if (isArray) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((item) => (typeof item === 'string' ? convert(item, schema.items?.type) : item));
  }
  return typeof value === 'string' ? convert(value, schema.type) : value;
}

/** Converts the declared properties of `values` in place. */
function convertAll(values: unknown, schema: unknown): void {
  const properties = (schema as ObjectSchema | undefined)?.properties;
  if (!properties || values === null || typeof values !== 'object') return;
  const record = values as Record<string, unknown>;
  for (const [name, property] of Object.entries(properties)) {
    if (Object.hasOwn(record, name)) record[name] = convertProperty(record[name], property);
  }
}

/** A `preValidation` hook for the root instance: after parsing, before schema validation. */
export async function convertQueryAndParams(request: FastifyRequest): Promise<void> {
  const schema = request.routeOptions.schema;
  if (!schema) return;
  convertAll(request.query, schema.querystring);
  convertAll(request.params, schema.params);
}
