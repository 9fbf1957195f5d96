/**
 * Hostile requests generated from the routes' own request schemas: for every route, every path parameter,
 * every query parameter and every field of a JSON body (at any depth), values that break the field's schema
 * — wrong JSON types, numbers beyond range or not finite (`1e400` as raw JSON), text over its maximum, NUL,
 * lone surrogates, bytes that are not UTF-8, values outside an enum, impossible dates, unknown fields, lists
 * over their maximum, nesting deeper than the parser allows — each in an otherwise well-formed request, so
 * the one broken field is the only reason to refuse it. Whole-body cases (empty, malformed, `__proto__`,
 * wrong content type, over the size limit) complete them. Every case must be refused; none may succeed.
 */
import { MAX_JSON_DEPTH } from '../../src/server/json-body.ts';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  default?: unknown;
}

export interface RouteInfo {
  method: string;
  url: string;
  schema?: { body?: JsonSchema; querystring?: JsonSchema; params?: JsonSchema; headers?: JsonSchema };
}

export interface HostileCase {
  /** Readable and unique: `PUT /api/v1/forms/:dataset/:unit/:period body values.0.comment = 5`. */
  name: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

/** Realistic values for path and body fields (codes of the demo data), so a case reaches as deep as it can. */
export type Bases = Record<string, { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }>;

type Path = Array<string | number>;

/** A JSON token or byte sequence put in place of a value after serialising (what JSON.stringify cannot write). */
class Raw {
  constructor(
    readonly text: string | Buffer,
    readonly label: string,
  ) {}
}

const LONE_SURROGATE = new Raw('"x\\ud800"', 'a lone surrogate');
const NOT_UTF8 = new Raw(Buffer.from([0x22, 0x61, 0xff, 0xfe, 0x22]), 'bytes FF FE');
const OVERLONG = new Raw(Buffer.from([0x22, 0xc0, 0xaf, 0x22]), 'overlong C0 AF');
const HUGE = new Raw('1e400', '1e400');
const MINUS_HUGE = new Raw('-1e400', '-1e400');
const deepArray = (levels: number) => new Raw('['.repeat(levels) + ']'.repeat(levels), `${levels} nested arrays`);

export function typesOf(schema: JsonSchema): string[] | null {
  if (schema.anyOf) {
    const all = schema.anyOf.map(typesOf);
    return all.includes(null) ? null : [...new Set(all.flat() as string[])];
  }
  if (schema.type === undefined) return schema.enum ? [...new Set(schema.enum.map(jsonType))] : null;
  return [schema.type].flat();
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function allows(types: string[], value: unknown): boolean {
  const type = jsonType(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

const strings = (schema: JsonSchema): JsonSchema | undefined =>
  schema.anyOf ? schema.anyOf.find((s) => [s.type].flat().includes('string')) : [schema.type].flat().includes('string') ? schema : undefined;
const numbers = (schema: JsonSchema): JsonSchema | undefined =>
  schema.anyOf
    ? schema.anyOf.find((s) => [s.type].flat().some((t) => t === 'integer' || t === 'number'))
    : [schema.type].flat().some((t) => t === 'integer' || t === 'number')
      ? schema
      : undefined;

const STRING_CANDIDATES = ['2024', 'X_1', 'x', '00000000-0000-4000-8000-000000000000', '2025-01-01'];

/** A value the schema accepts (the least one: required properties only). */
export function validValue(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return validValue(schema.anyOf[0]!);
  const type = [schema.type ?? 'string'].flat().find((t) => t !== 'null') ?? 'null';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = validValue(schema.properties?.[name] ?? {});
      if (Object.keys(out).length < (schema.minProperties ?? 0)) {
        const [name, property] = Object.entries(schema.properties ?? {})[0] ?? [];
        if (name && property) out[name] = validValue(property);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
    case 'boolean':
      return false;
    case 'null':
      return null;
    default: {
      if (schema.format === 'calendar-date') return '2025-01-01';
      const fits = (s: string) =>
        s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity) && (!schema.pattern || new RegExp(schema.pattern).test(s));
      return STRING_CANDIDATES.find(fits) ?? 'x'.repeat(schema.minLength ?? 1);
    }
  }
}

/** Every field of the schema, with its path (array items as index 0), depth first. */
export function* fieldsOf(schema: JsonSchema, path: Path = []): Generator<{ path: Path; schema: JsonSchema }> {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    yield { path: [...path, name], schema: property };
    yield* fieldsOf(property, [...path, name]);
  }
  if (schema.items) {
    yield { path: [...path, 0], schema: schema.items };
    yield* fieldsOf(schema.items, [...path, 0]);
  }
  for (const branch of schema.anyOf ?? []) yield* fieldsOf(branch, path);
}

/** Values that break `schema` (each alone is a reason to refuse), with a label. */
export function breaking(schema: JsonSchema): Array<{ value: unknown; label: string }> {
  const out: Array<{ value: unknown; label: string }> = [];
  const types = typesOf(schema);
  if (types) {
    for (const value of [5, 1.5, true, 'x', [], {}, null]) if (!allows(types, value)) out.push({ value, label: JSON.stringify(value) });
  } else {
    // Any JSON value is declared (the write path decides by the element): still nothing may pass that no element takes.
    out.push({ value: {}, label: '{}' }, { value: [[1]], label: '[[1]]' });
  }
  out.push({ value: HUGE, label: HUGE.label }, { value: MINUS_HUGE, label: MINUS_HUGE.label });
  out.push({ value: deepArray(MAX_JSON_DEPTH + 8), label: deepArray(MAX_JSON_DEPTH + 8).label });
  out.push(
    { value: 'a\u0000b', label: 'NUL' },
    { value: LONE_SURROGATE, label: LONE_SURROGATE.label },
    { value: NOT_UTF8, label: NOT_UTF8.label },
    { value: OVERLONG, label: OVERLONG.label },
  );
  const text = strings(schema);
  if (text) {
    if (text.maxLength !== undefined) out.push({ value: 'ạ'.repeat(text.maxLength + 1), label: `${text.maxLength + 1} characters` });
    if (text.enum) out.push({ value: 'khong-co-trong-danh-sach', label: 'not in the enum' });
    if (text.format === 'calendar-date') out.push({ value: '2025-02-30', label: '30/2/2025' }, { value: '2025-1-1', label: '2025-1-1' });
    if (text.minLength) out.push({ value: '', label: 'empty' });
  }
  const number = numbers(schema);
  if (number) {
    if (number.maximum !== undefined) out.push({ value: number.maximum + 1, label: `maximum + 1` });
    if (number.minimum !== undefined) out.push({ value: number.minimum - 1, label: `minimum − 1` });
    if ([number.type].flat().includes('integer') && !types?.includes('number')) out.push({ value: 2.5, label: '2.5' });
  }
  if (types?.includes('array') && schema.maxItems !== undefined) {
    out.push({ value: Array.from({ length: schema.maxItems + 1 }, () => validValue(schema.items ?? {})), label: `${schema.maxItems + 1} items` });
  }
  if (types?.includes('object') && schema.additionalProperties === false) {
    out.push({ value: { ...(validValue(schema) as object), khongCoTruongNay: 1 }, label: 'an unknown field' });
  }
  return out;
}

/** `base` with `value` put at `path`, creating containers on the way from the schema. */
export function setAt(base: unknown, schema: JsonSchema, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...base] : [];
    const items = schema.items ?? {};
    list[head] = setAt(list[head] ?? validValue(items), items, rest, value);
    return list;
  }
  const record = { ...((base ?? {}) as Record<string, unknown>) };
  const property = schema.properties?.[head!] ?? schema.anyOf?.find((b) => b.properties?.[head!])?.properties?.[head!] ?? {};
  record[head!] = setAt(record[head!] ?? validValue(property), property, rest, value);
  return record;
}

/** JSON with the Raw tokens spliced in (as text, or as bytes for those that are not UTF-8). */
export function serialise(body: unknown): string | Buffer {
  const raws: Raw[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (!(value instanceof Raw)) return value;
    raws.push(value);
    return `\u0001RAW${raws.length - 1}\u0001`;
  });
  if (raws.length === 0) return text;
  const parts: Array<string | Buffer> = [];
  let rest = text;
  raws.forEach((raw, i) => {
    const marker = JSON.stringify(`\u0001RAW${i}\u0001`);
    const at = rest.indexOf(marker);
    parts.push(rest.slice(0, at), raw.text);
    rest = rest.slice(at + marker.length);
  });
  parts.push(rest);
  return parts.every((p) => typeof p === 'string') ? parts.join('') : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

const pathLabel = (path: Path) => path.join('.') || '(body)';

function fillUrl(url: string, params: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(params[name] ?? 'x'));
}

function queryString(query: Record<string, string>): string {
  const entries = Object.entries(query);
  return entries.length ? `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '';
}

/** Text versions of breaking values for a query or path parameter (already percent-encoded). */
function breakingText(schema: JsonSchema): Array<{ encoded: string; label: string }> {
  const out = [
    { encoded: '%00', label: 'NUL' },
    { encoded: '%FF%FE', label: '%FF%FE (not UTF-8)' },
    { encoded: '%ED%A0%80', label: 'an encoded surrogate' },
    { encoded: '%E1%BA', label: 'a cut UTF-8 sequence' },
  ];
  const type = [schema.type ?? []].flat();
  if (type.includes('integer') || type.includes('number')) {
    for (const text of ['1e400', 'Infinity', '-Infinity', 'NaN', '0x10', '1e2', '%205', '', '9'.repeat(40)])
      out.push({ encoded: text, label: text || 'empty' });
    if (schema.maximum !== undefined) out.push({ encoded: String(schema.maximum + 1), label: 'maximum + 1' });
    if (schema.minimum !== undefined) out.push({ encoded: String(schema.minimum - 1), label: 'minimum − 1' });
    if (type.includes('integer')) out.push({ encoded: '2.5', label: '2.5' });
  }
  if (type.includes('boolean')) out.push({ encoded: 'yes', label: 'yes' });
  if (schema.maxLength !== undefined) out.push({ encoded: encodeURIComponent('ạ'.repeat(schema.maxLength + 1)), label: `${schema.maxLength + 1} characters` });
  if (schema.enum) out.push({ encoded: 'khong-co', label: 'not in the enum' });
  if (schema.format === 'calendar-date') out.push({ encoded: '2025-02-30', label: '30/2/2025' });
  if (schema.pattern) out.push({ encoded: encodeURIComponent('!!'), label: 'against the pattern' });
  return out;
}

function paramsBase(route: RouteInfo, bases: Bases): Record<string, string> {
  const declared = route.schema?.params;
  const out: Record<string, string> = {};
  for (const [, name] of route.url.matchAll(/:(\w+)/g))
    out[name!] = bases[key(route)]?.params?.[name!] ?? String(validValue(declared?.properties?.[name!] ?? {}));
  return out;
}

function queryBase(route: RouteInfo, bases: Bases): Record<string, string> {
  const declared = route.schema?.querystring;
  const out: Record<string, string> = { ...bases[key(route)]?.query };
  for (const name of declared?.required ?? []) out[name] ??= String(validValue(declared?.properties?.[name] ?? {}));
  return out;
}

export const key = (route: RouteInfo) => `${route.method} ${route.url}`;

/** Every hostile case for one route. */
export function casesFor(route: RouteInfo, bases: Bases): HostileCase[] {
  const cases: HostileCase[] = [];
  const params = paramsBase(route, bases);
  const query = queryBase(route, bases);
  const url = fillUrl(route.url, params) + queryString(query);
  const bodySchema = route.schema?.body;
  const body = bodySchema ? (bases[key(route)]?.body ?? validValue(bodySchema)) : undefined;
  const json = { 'content-type': 'application/json' };
  const withBody = body === undefined ? {} : { headers: json, payload: serialise(body) };

  // Path parameters.
  for (const [name] of Object.entries(params)) {
    const schema = route.schema?.params?.properties?.[name] ?? {};
    for (const { encoded, label } of [...breakingText(schema), { encoded: 'a'.repeat(101), label: '101 characters (over the router limit)' }]) {
      const path = route.url.replace(/:(\w+)/g, (_w, n: string) => (n === name ? encoded : encodeURIComponent(params[n]!)));
      cases.push({ name: `${key(route)} path ${name} = ${label}`, method: route.method, url: path + queryString(query), ...withBody });
    }
  }
  // Query parameters: each declared one broken, an unknown one, a repeated one.
  const declared = route.schema?.querystring?.properties ?? {};
  const base = fillUrl(route.url, params);
  for (const [name, schema] of Object.entries(declared)) {
    const others = Object.entries(query).filter(([k]) => k !== name);
    const rest = others.map(([k, v]) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('');
    for (const { encoded, label } of breakingText(schema)) {
      cases.push({ name: `${key(route)} query ${name} = ${label}`, method: route.method, url: `${base}?${name}=${encoded}${rest}`, ...withBody });
    }
    if (![schema.type].flat().includes('array')) {
      const value = encodeURIComponent(String(query[name] ?? validValue(schema)));
      cases.push({ name: `${key(route)} query ${name} twice`, method: route.method, url: `${base}?${name}=${value}&${name}=${value}${rest}`, ...withBody });
    }
  }
  cases.push({
    name: `${key(route)} query unknown parameter`,
    method: route.method,
    url: `${url}${url.includes('?') ? '&' : '?'}khong_co_tham_so=1`,
    ...withBody,
  });

  if (!bodySchema) return cases;
  // Every field of the body, broken one at a time.
  for (const field of fieldsOf(bodySchema)) {
    for (const { value, label } of breaking(field.schema)) {
      const payload = serialise(setAt(body, bodySchema, field.path, value));
      cases.push({ name: `${key(route)} body ${pathLabel(field.path)} = ${label}`, method: route.method, url, headers: json, payload });
    }
  }
  // The body as a whole.
  const whole: Array<[string, string | Buffer, string?]> = [
    ['empty', ''],
    ['null', 'null'],
    ['a list', '[]'],
    ['a string', '"x"'],
    ['cut JSON', serialise(body).toString().slice(0, -1)],
    ['1,000 nested arrays', '['.repeat(1000) + ']'.repeat(1000)],
    ['__proto__', '{"__proto__":{"isAdmin":true}}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"isAdmin":true}}}'],
    ['an unknown top-level field', serialise({ ...(body as object), khongCoTruongNay: 1 })],
    ['over 1 MiB', JSON.stringify({ x: 'a'.repeat(1_100_000) })],
    ['text/plain', 'x', 'text/plain'],
    ['an unknown content type', '<x/>', 'application/xml'],
  ];
  for (const [label, payload, type] of whole) {
    cases.push({ name: `${key(route)} whole body ${label}`, method: route.method, url, headers: { 'content-type': type ?? 'application/json' }, payload });
  }
  return cases;
}
