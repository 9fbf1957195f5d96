/** JSON schemas for /auth: login body, and the login and /me answers (fields not listed never leave). */
import { ROLES } from '../../domain/access.ts';

export const loginBody = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'password'],
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 200 },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
} as const;

const codes = { type: 'array', items: { type: 'string' } } as const;
const role = { type: 'string', enum: [...ROLES] } as const;

export const loginResponse = {
  type: 'object',
  required: ['user', 'csrfToken'],
  properties: {
    user: {
      type: 'object',
      required: ['username', 'role', 'units'],
      properties: { username: { type: 'string' }, role, units: codes, displayName: { type: 'string' } },
    },
    csrfToken: { type: 'string' },
  },
} as const;

const flag = { type: 'boolean' } as const;

/** The unit version a scope names: dates as the units API gives them (validFrom null = since always, validTo exclusive, null = open). */
const unitVersion = {
  type: 'object',
  required: ['code', 'name', 'level', 'validFrom', 'validTo'],
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    level: { type: 'string' },
    validFrom: { type: ['string', 'null'] },
    validTo: { type: ['string', 'null'] },
  },
} as const;

export const meResponse = {
  type: 'object',
  required: ['actor', 'csrfToken', 'abilities'],
  properties: {
    actor: {
      type: 'object',
      required: ['kind', 'name', 'role', 'units'],
      properties: {
        kind: { type: 'string', enum: ['user', 'token'] },
        name: { type: 'string' },
        role,
        units: codes,
        unitVersions: { type: 'array', items: unitVersion },
        elements: codes,
        displayName: { type: 'string' },
      },
    },
    csrfToken: { type: ['string', 'null'] },
    abilities: {
      type: 'object',
      required: ['read', 'read_coverage', 'write_values', 'submit', 'approve', 'return', 'reopen', 'manage', 'explain', 'direct', 'read_personal'],
      properties: {
        read: flag,
        read_coverage: flag,
        write_values: flag,
        submit: flag,
        approve: flag,
        return: flag,
        reopen: flag,
        manage: flag,
        explain: flag,
        direct: flag,
        read_personal: flag,
      },
    },
  },
} as const;
