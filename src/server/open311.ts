/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) at /open311/v2, so an existing citizen app (a
 * province's DAKNONG-C, Hue-S) posts its reports here and reads their answers, with the specification's paths and
 * field names: services.json, services/{code}.json, requests.json (GET, POST), requests/{id}.json and
 * tokens/{token}.json, each also in XML with the path ending in .xml (server/open311-xml.ts, fast-xml-parser).
 *
 * `api_key` is one of the app's API tokens (Quản trị → mã truy cập): a trusted client's reports go straight to the
 * unit's queue and may carry requested_datetime; without it a report is anonymous, waits for moderation, and the
 * answer is a `token` to look up later (tokens/{token}.json gives its service_request_id once approved). A bad
 * api_key is 403. Reads are public and never carry a name, an email, a phone or a device id. Errors follow the
 * specification: an array of {code, description}. Rate-limited per address like the open data.
 */
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { actorOfToken } from '../app/auth/session.ts';
import { fileReport } from '../app/feedback/file-report.ts';
import { open311Request, open311Requests, open311Token, type Open311Query } from '../app/feedback/open311-reads.ts';
import type { Actor } from '../domain/access.ts';
import { appError } from '../domain/errors.ts';
import { categoryOf, FEEDBACK_CATEGORIES } from '../domain/feedback.ts';
import type { Store } from '../store/db.ts';
import { feedbackFilingLimit } from './routes/public-feedback.ts';
import { publicRateLimit } from './public-scope.ts';
import type { OpenDataOptions } from './route-deps.ts';
import { viaOf } from './request-via.ts';
import { OPEN311_XML_TYPE, open311DefinitionXml, open311ListXml } from './open311-xml.ts';

export { OPEN311_PREFIX } from './open311-errors.ts';
const tags = ['open311'];
/** Open311 has its own specification: its routes stay out of the /api/v1 document (docs/API.md describes them). */
const hide = true;

const errorSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'description'],
    properties: { code: { type: 'integer' }, description: { type: 'string' } },
  },
} as const;
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, { description: 'Lỗi theo Open311 / an Open311 error', ...errorSchema }]));

const serviceProperties = {
  service_code: { type: 'string' },
  service_name: { type: 'string' },
  description: { type: 'string' },
  metadata: { type: 'boolean' },
  type: { type: 'string', enum: ['realtime', 'batch', 'blackbox'] },
  keywords: { type: 'string' },
  group: { type: 'string' },
} as const;

const requestProperties = {
  service_request_id: { type: 'string' },
  status: { type: 'string', enum: ['open', 'closed'] },
  status_notes: { type: ['string', 'null'] },
  service_name: { type: 'string' },
  service_code: { type: 'string' },
  description: { type: 'string' },
  agency_responsible: { type: 'string' },
  service_notice: { type: ['string', 'null'] },
  requested_datetime: { type: 'string' },
  updated_datetime: { type: 'string' },
  expected_datetime: { type: 'string' },
  address: { type: ['string', 'null'] },
  address_id: { type: ['string', 'null'] },
  zipcode: { type: ['string', 'null'] },
  lat: { type: ['number', 'null'] },
  long: { type: ['number', 'null'] },
  media_url: { type: ['string', 'null'] },
} as const;
const requestSchema = { type: 'object', additionalProperties: false, required: Object.keys(requestProperties), properties: requestProperties } as const;

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
/** The query of a route that takes nothing but the specification's optional jurisdiction_id. */
const jurisdictionOnly = { type: 'object', additionalProperties: false, properties: { jurisdiction_id: text(100) } } as const;
const numberOrText = {
  anyOf: [
    { type: 'number', minimum: -180, maximum: 180 },
    { type: 'string', maxLength: 30 },
  ],
} as const;
const postBody = {
  type: 'object',
  additionalProperties: false,
  required: ['service_code'],
  properties: {
    api_key: text(200),
    jurisdiction_id: text(100),
    service_code: text(40),
    lat: numberOrText,
    long: numberOrText,
    address_string: text(300),
    address_id: text(100),
    email: text(100),
    device_id: text(100),
    account_id: text(100),
    first_name: text(50),
    last_name: text(50),
    phone: text(30),
    description: text(4000),
    media_url: text(500),
    requested_datetime: text(40),
  },
  patternProperties: { '^attribute\\[.{1,60}\\]$': text(500) },
} as const;

/** Every route answers in JSON and, with the same path ending in .xml, in XML (server/open311-xml.ts). */
const FORMATS = ['json', 'xml'] as const;
type Format = (typeof FORMATS)[number];

/** The response schemas of a JSON route; an XML route's answer is a string the schemas do not describe. */
function responses<T extends object>(format: Format, schemas: T): T | undefined {
  return format === 'json' ? schemas : undefined;
}

/** A list answer in the route's format. */
function answer(reply: FastifyReply, format: Format, kind: 'services' | 'requests', items: readonly object[]): readonly object[] | FastifyReply {
  return format === 'json' ? items : reply.type(OPEN311_XML_TYPE).send(open311ListXml(kind, items));
}

/** The caller of an api_key, or null without one; a key that names no token is 403. */
async function callerOf(store: Store, apiKey: unknown): Promise<Actor | null> {
  if (apiKey === undefined || apiKey === '') return null;
  const actor = typeof apiKey === 'string' ? await actorOfToken(store, apiKey) : null;
  if (!actor) throw appError('FORBIDDEN', { action: 'api_key', target: 'open311' });
  return actor;
}

/** The fields of a POST requests.json in the app's words. */
function reportOf(body: Record<string, string | number | undefined>) {
  const num = (v: string | number | undefined) => (v === undefined || v === '' ? null : typeof v === 'number' ? v : Number(v));
  const name = [body.first_name, body.last_name].filter((s) => typeof s === 'string' && s.trim()).join(' ');
  return {
    category: body.service_code,
    description: body.description ?? '',
    lat: num(body.lat),
    long: num(body.long),
    address: body.address_string ?? null,
    reporterName: name || null,
    reporterContact: body.email ?? body.phone ?? null,
    mediaUrls: body.media_url ? [body.media_url] : [],
    ...(body.requested_datetime ? { filedAt: body.requested_datetime } : {}),
  };
}

export interface Open311Options {
  store: Store;
  now?: () => Date;
  openData?: OpenDataOptions;
}

export const open311Routes: FastifyPluginAsync<Open311Options> = async (app: FastifyInstance, { store, now = () => new Date(), openData }) => {
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  const limit = publicRateLimit(openData);
  await app.register(rateLimit, {
    global: true,
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    errorResponseBuilder: (_request, context) => appError('RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

  for (const format of FORMATS)
    app.get(
      `/services.${format}`,
      {
        schema: {
          hide,
          tags,
          summary: 'Open311: các loại phản ánh (service list)',
          querystring: jurisdictionOnly,
          response: responses(format, {
            200: {
              type: 'array',
              items: { type: 'object', additionalProperties: false, required: Object.keys(serviceProperties), properties: serviceProperties },
            },
            ...errors(400, 429),
          }),
        },
      },
      async (_request, reply) =>
        answer(
          reply,
          format,
          'services',
          FEEDBACK_CATEGORIES.map((c) => ({
            service_code: c.code,
            service_name: c.name,
            description: `${c.description}. Thời hạn xử lý ${c.slaHours / 24} ngày.`,
            metadata: false,
            type: 'realtime',
            keywords: c.nameEn,
            group: c.route === 'commune' ? 'Cấp xã' : 'Cấp tỉnh',
          })),
        ),
    );

  for (const format of FORMATS)
    app.get(
      `/services/:code.${format}`,
      {
        schema: {
          hide,
          tags,
          summary: 'Open311: định nghĩa một loại phản ánh (service definition; không có thuộc tính riêng)',
          querystring: jurisdictionOnly,
          params: { type: 'object', additionalProperties: false, required: ['code'], properties: { code: text(40) } },
          response: responses(format, {
            200: {
              type: 'object',
              additionalProperties: false,
              required: ['service_code', 'attributes'],
              properties: { service_code: { type: 'string' }, attributes: { type: 'array', maxItems: 0 } },
            },
            ...errors(400, 404, 429),
          }),
        },
      },
      async (request, reply) => {
        const { code } = request.params as { code: string };
        if (!categoryOf(code)) throw appError('NOT_FOUND');
        const definition = { service_code: code, attributes: [] };
        return format === 'json' ? definition : reply.type(OPEN311_XML_TYPE).send(open311DefinitionXml(definition));
      },
    );

  for (const format of FORMATS)
    app.post(
      `/requests.${format}`,
      {
        bodyLimit: 16 * 1024,
        config: { rateLimit: { max: feedbackFilingLimit(), timeWindow: 3_600_000 } },
        schema: {
          hide,
          tags,
          summary: 'Open311: gửi một phản ánh (api_key: hệ thống được ủy quyền; không có: chờ kiểm duyệt, trả về token)',
          querystring: jurisdictionOnly,
          body: postBody,
          response: responses(format, {
            200: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  service_request_id: { type: 'string' },
                  token: { type: 'string' },
                  service_notice: { type: 'string' },
                  account_id: { type: ['string', 'null'] },
                },
              },
            },
            ...errors(400, 403, 413, 415, 422, 429),
          }),
        },
      },
      async (request, reply) => {
        const body = request.body as Record<string, string | number | undefined>;
        const actor = await callerOf(store, body.api_key);
        const filed = await fileReport(store, reportOf(body), { actor, source: 'open311', now: now(), via: viaOf(request) });
        const notice = `Đã chuyển đến đơn vị ${filed.unit}; hạn xử lý ${filed.dueAt}`;
        const posted = actor
          ? [{ service_request_id: String(filed.id), service_notice: notice, account_id: null }]
          : [{ token: filed.token, service_notice: 'Phản ánh đang chờ kiểm duyệt / awaiting moderation' }];
        return answer(reply, format, 'requests', posted);
      },
    );

  for (const format of FORMATS)
    app.get(
      `/requests.${format}`,
      {
        schema: {
          hide,
          tags,
          summary: 'Open311: các phản ánh (lọc theo mã, loại, thời gian, trạng thái); không có thông tin cá nhân',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              jurisdiction_id: text(100),
              api_key: text(200),
              service_request_id: { type: 'string', maxLength: 2000, pattern: '^\\d+(,\\d+)*$' },
              service_code: text(200),
              start_date: text(40),
              end_date: text(40),
              status: { type: 'string', maxLength: 20, pattern: '^(open|closed)(,(open|closed))?$' },
            },
          },
          response: responses(format, { 200: { type: 'array', items: requestSchema }, ...errors(400, 429) }),
        },
      },
      async (request, reply) => answer(reply, format, 'requests', await open311Requests(store, request.query as Open311Query, now())),
    );

  for (const format of FORMATS)
    app.get(
      `/requests/:id.${format}`,
      {
        schema: {
          hide,
          tags,
          summary: 'Open311: một phản ánh; không có thông tin cá nhân',
          querystring: { type: 'object', additionalProperties: false, properties: { jurisdiction_id: text(100), api_key: text(200) } },
          params: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'string', maxLength: 18, pattern: '^\\d+$' } } },
          response: responses(format, { 200: { type: 'array', items: requestSchema }, ...errors(400, 404, 429) }),
        },
      },
      async (request, reply) => answer(reply, format, 'requests', await open311Request(store, Number((request.params as { id: string }).id))),
    );

  for (const format of FORMATS)
    app.get(
      `/tokens/:token.${format}`,
      {
        schema: {
          hide,
          tags,
          summary: 'Open311: mã phản ánh của một token (có khi đã qua kiểm duyệt)',
          querystring: jurisdictionOnly,
          params: {
            type: 'object',
            additionalProperties: false,
            required: ['token'],
            properties: { token: { type: 'string', minLength: 10, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' } },
          },
          response: responses(format, {
            200: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['token'],
                properties: { token: { type: 'string' }, service_request_id: { type: 'string' } },
              },
            },
            ...errors(400, 404, 429),
          }),
        },
      },
      async (request, reply) => answer(reply, format, 'requests', await open311Token(store, (request.params as { token: string }).token)),
    );
};
