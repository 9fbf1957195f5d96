/**
 * JSON schemas of the community tech teams' routes (routes/teams.ts): the overview of a unit on a day, a team's
 * page, its member list (personal data: only for those who may read it), the writes, the import's answer.
 */
import { CALENDAR_DATE_FORMAT } from '../validation-errors.ts';
import { errorResponses } from './api-error.ts';

const date = { type: 'string', format: CALENDAR_DATE_FORMAT } as const;
const nullableDate = { type: ['string', 'null'], format: CALENDAR_DATE_FORMAT } as const;
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;
const id = { type: 'string', pattern: '^[1-9][0-9]{0,9}$', maxLength: 10 } as const;
const obj = <P extends Record<string, unknown>, R extends readonly (keyof P & string)[]>(properties: P, required: R) =>
  ({ type: 'object', additionalProperties: false, required, properties }) as const;

export const teamIdParams = { type: 'object', additionalProperties: false, required: ['id'], properties: { id } } as const;
export const memberIdParams = { type: 'object', additionalProperties: false, required: ['id', 'memberId'], properties: { id, memberId: id } } as const;

export const teamsOverviewQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['unit'],
  properties: {
    unit: { type: 'string', minLength: 1, maxLength: 100 },
    at: { ...date, description: 'Ngày xem (mặc định hôm nay) / the day (default today)' },
  },
} as const;

export const teamBody = {
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'level', 'name', 'decisionNumber', 'decisionDate', 'decisionIssuer'],
  properties: {
    unit: text(100),
    level: { type: 'string', enum: ['commune', 'village'] },
    village: nullableText(300),
    name: text(300),
    decisionNumber: text(300),
    decisionDate: date,
    decisionIssuer: text(300),
    dissolvedOn: nullableDate,
  },
} as const;

export const memberBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role', 'joinedOn'],
  properties: {
    name: text(300),
    role: { type: 'string', enum: ['leader', 'deputy', 'member'] },
    phone: nullableText(40),
    villageServed: nullableText(300),
    joinedOn: date,
    leftOn: nullableDate,
  },
} as const;

export const activityBody = {
  type: 'object',
  additionalProperties: false,
  required: ['heldOn', 'title'],
  properties: { heldOn: date, title: text(300), peopleSupported: { type: 'integer', minimum: 0, maximum: 1000000 } },
} as const;

const teamSummary = obj(
  {
    id: { type: 'integer' },
    name: { type: 'string' },
    level: { type: 'string' },
    village: { type: ['string', 'null'] },
    decisionNumber: { type: 'string' },
    decisionDate: { type: 'string' },
    simulated: { type: 'boolean' },
    members: { type: ['integer', 'null'], description: 'Số thành viên; null khi dưới ngưỡng công bố / members; null below the disclosure minimum' },
    withheld: { type: 'boolean' },
  },
  ['id', 'name', 'level', 'village', 'decisionNumber', 'decisionDate', 'simulated', 'members', 'withheld'] as const,
);

export const teamsOverviewResponse = {
  200: obj(
    {
      unit: obj({ code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } }, ['code', 'name', 'level'] as const),
      at: { type: 'string' },
      totals: obj(
        {
          communes: { type: 'integer' },
          communesWithTeam: { type: 'integer' },
          coverage: { type: ['number', 'null'], description: 'Tỷ lệ xã có tổ cấp xã (%) / share of communes with a commune team (%)' },
          communeTeams: { type: 'integer' },
          communeMembers: { type: 'integer' },
          villageTeams: { type: 'integer' },
          villageMembers: { type: 'integer' },
        },
        ['communes', 'communesWithTeam', 'coverage', 'communeTeams', 'communeMembers', 'villageTeams', 'villageMembers'] as const,
      ),
      quarters: {
        type: 'array',
        items: obj({ period: { type: 'string' }, activities: { type: 'integer' }, peopleSupported: { type: 'integer' } }, [
          'period',
          'activities',
          'peopleSupported',
        ] as const),
      },
      communes: {
        type: 'array',
        items: obj(
          {
            code: { type: 'string' },
            name: { type: 'string' },
            communeTeam: { anyOf: [teamSummary, { type: 'null' }] },
            villageTeams: { type: 'array', items: teamSummary },
          },
          ['code', 'name', 'communeTeam', 'villageTeams'] as const,
        ),
      },
      simulated: { type: 'boolean' },
    },
    ['unit', 'at', 'totals', 'quarters', 'communes', 'simulated'] as const,
  ),
  ...errorResponses(403, 404),
} as const;

export const teamDetailResponse = {
  200: obj(
    {
      id: { type: 'integer' },
      unit: obj({ code: { type: 'string' }, name: { type: 'string' } }, ['code', 'name'] as const),
      level: { type: 'string' },
      village: { type: ['string', 'null'] },
      name: { type: 'string' },
      decisionNumber: { type: 'string' },
      decisionDate: { type: 'string' },
      decisionIssuer: { type: 'string' },
      dissolvedOn: { type: ['string', 'null'] },
      simulated: { type: 'boolean' },
      members: { type: 'integer' },
      byVillage: {
        type: 'array',
        items: obj({ village: { type: ['string', 'null'] }, members: { type: ['integer', 'null'] }, withheld: { type: 'boolean' } }, [
          'village',
          'members',
          'withheld',
        ] as const),
      },
      activities: {
        type: 'array',
        items: obj({ id: { type: 'integer' }, heldOn: { type: 'string' }, title: { type: 'string' }, peopleSupported: { type: 'integer' } }, [
          'id',
          'heldOn',
          'title',
          'peopleSupported',
        ] as const),
      },
      abilities: obj({ readMembers: { type: 'boolean' }, edit: { type: 'boolean' } }, ['readMembers', 'edit'] as const),
    },
    [
      'id',
      'unit',
      'level',
      'village',
      'name',
      'decisionNumber',
      'decisionDate',
      'decisionIssuer',
      'dissolvedOn',
      'simulated',
      'members',
      'byVillage',
      'activities',
      'abilities',
    ] as const,
  ),
  ...errorResponses(403, 404),
} as const;

export const teamMembersResponse = {
  200: obj(
    {
      team: { type: 'integer' },
      items: {
        type: 'array',
        items: obj(
          {
            id: { type: 'integer' },
            name: { type: 'string' },
            role: { type: 'string' },
            phone: { type: ['string', 'null'] },
            villageServed: { type: ['string', 'null'] },
            joinedOn: { type: 'string' },
            leftOn: { type: ['string', 'null'] },
          },
          ['id', 'name', 'role', 'phone', 'villageServed', 'joinedOn', 'leftOn'] as const,
        ),
      },
    },
    ['team', 'items'] as const,
  ),
  ...errorResponses(403, 404),
} as const;

export const teamCreatedResponse = { 201: obj({ id: { type: 'integer' } }, ['id'] as const), ...errorResponses(403, 404, 422) } as const;
export const teamUpdatedResponse = { 204: { type: 'null', description: 'Đã lưu / saved' }, ...errorResponses(403, 404, 422) } as const;

const importResult = obj(
  {
    fileName: { type: 'string' },
    format: { type: 'string', enum: ['xlsx', 'csv'] },
    written: { type: 'boolean', description: 'false: có dòng lỗi, không ghi gì / a row has an error, nothing was written' },
    rows: { type: 'integer' },
    teams: obj({ created: { type: 'integer' }, updated: { type: 'integer' } }, ['created', 'updated'] as const),
    members: { type: 'integer' },
    errorCount: { type: 'integer' },
    errors: {
      type: 'array',
      items: obj({ row: { type: 'integer' }, column: { type: 'string' }, cell: { type: 'string' }, value: { type: 'string' }, message: { type: 'string' } }, [
        'row',
        'column',
        'cell',
        'value',
        'message',
      ] as const),
    },
  },
  ['fileName', 'format', 'written', 'rows', 'teams', 'members', 'errorCount', 'errors'] as const,
);

export const teamImportResponse = {
  200: importResult,
  ...errorResponses(403, 413, 415, 422),
} as const;
