/**
 * JSON schemas for the admin API (people, API tokens, scope review): request bodies (unknown fields are an
 * error naming the field) and answers (no password hash, token hash or row id is listed, so none leaves).
 */
import { USER_ROLES } from '../../app/auth/users.ts';
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const specs = { type: 'array', maxItems: 500, items: text(80) } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;
const nullableString = { type: ['string', 'null'] } as const;

// ---- requests ----

export const usernameParams = { type: 'object', additionalProperties: false, required: ['username'], properties: { username: text(200) } } as const;

export const tokenNameParams = { type: 'object', additionalProperties: false, required: ['name'], properties: { name: text(200) } } as const;

export const createUserBody = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'role', 'password'],
  properties: {
    username: text(200),
    displayName: { type: ['string', 'null'], maxLength: 200 },
    role: { type: 'string', enum: [...USER_ROLES] },
    units: specs,
    password: { type: 'string', maxLength: 1024 },
  },
} as const;

export const patchUserBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    displayName: { type: ['string', 'null'], maxLength: 200 },
    email: { type: ['string', 'null'], maxLength: 254, pattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
    role: { type: 'string', enum: [...USER_ROLES] },
    disabled: { type: 'boolean' },
    password: { type: 'string', maxLength: 1024 },
  },
} as const;

export const userScopesBody = { type: 'object', additionalProperties: false, properties: { add: specs, remove: specs } } as const;

export const createTokenBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'units'],
  properties: { name: text(200), units: specs, elements: specs },
} as const;

export const tokenScopesBody = {
  type: 'object',
  additionalProperties: false,
  properties: { add: specs, remove: specs, addElements: specs, removeElements: specs },
} as const;

export const reviewQuerystring = { type: 'object', additionalProperties: false, properties: { at: { type: 'string', format: CALENDAR_DATE_FORMAT } } } as const;

// ---- answers ----

/** A unit scope and the version it names (name/level null when it names none; dates as in `Unit`). */
const scope = {
  type: 'object',
  required: ['code', 'name', 'level', 'validFrom', 'validTo'],
  properties: { code: { type: 'string' }, name: nullableString, level: nullableString, validFrom: nullableString, validTo: nullableString },
} as const;
const scopes = { type: 'array', items: scope } as const;

export const userSchema = {
  type: 'object',
  required: ['username', 'role', 'displayName', 'disabled', 'createdAt', 'units', 'scopes'],
  properties: {
    username: { type: 'string' },
    role: { type: 'string' },
    displayName: nullableString,
    email: nullableString,
    disabled: { type: 'boolean' },
    createdAt: { type: 'string' },
    units: strings,
    scopes,
  },
} as const;
export const userListResponse = { type: 'object', required: ['items'], properties: { items: { type: 'array', items: userSchema } } } as const;

export const userScopesResponse = {
  type: 'object',
  required: ['added', 'removed', 'unchanged', 'user'],
  properties: { added: scopes, removed: scopes, unchanged: strings, user: userSchema },
} as const;

export const tokenSchema = {
  type: 'object',
  required: ['name', 'role', 'units', 'scopes', 'elements', 'createdAt', 'revokedAt'],
  properties: {
    name: { type: 'string' },
    role: { type: 'string' },
    units: strings,
    scopes,
    elements: strings,
    createdAt: { type: 'string' },
    revokedAt: nullableString,
  },
} as const;
export const tokenListResponse = { type: 'object', required: ['items'], properties: { items: { type: 'array', items: tokenSchema } } } as const;
export const createdTokenResponse = { type: 'object', required: ['token', 'secret'], properties: { token: tokenSchema, secret: { type: 'string' } } } as const;

export const tokenScopesResponse = {
  type: 'object',
  required: ['added', 'removed', 'unchanged', 'elementsAdded', 'elementsRemoved', 'token'],
  properties: { added: scopes, removed: scopes, unchanged: strings, elementsAdded: strings, elementsRemoved: strings, token: tokenSchema },
} as const;

export const reviewResponse = {
  type: 'object',
  required: ['at', 'items'],
  properties: {
    at: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'owner', 'scope', 'resolution'],
        properties: { kind: { type: 'string', enum: ['user', 'token'] }, owner: { type: 'string' }, scope, resolution: nullableString },
      },
    },
  },
} as const;
