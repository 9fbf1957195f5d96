import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor, type Role } from '../../src/domain/access.ts';

const actor = (role: Role, unitScopes: string[] = ['67'], elementScopes?: string[]): Actor => ({
  kind: role === 'api_client' ? 'token' : 'user',
  name: role,
  role,
  unitScopes,
  elementScopes,
});
const inside = { unitPath: ['24716', '662', '67', 'VN'], elementCode: 'XA_CAP_QUANG' };
const outside = { unitPath: ['19876', '06', 'VN'], elementCode: 'XA_CAP_QUANG' };

describe('access policy matrix', () => {
  const matrix: Array<[Role, Action, boolean, boolean]> = [
    // role, action, inside scope, outside scope
    ['admin', 'manage', true, true],
    ['admin', 'approve', true, true],
    ['viewer', 'read', true, true],
    ['viewer', 'write_values', false, false],
    ['reporter', 'write_values', true, false],
    ['reporter', 'submit', true, false],
    ['reporter', 'approve', false, false],
    ['approver', 'approve', true, false],
    ['approver', 'return', true, false],
    ['approver', 'reopen', true, false],
    ['approver', 'write_values', false, false],
    ['api_client', 'write_values', true, false],
    ['api_client', 'submit', false, false],
    // Giải trình và chỉ đạo: the unit explains, a leader (viewer) or an admin directs anywhere.
    ['reporter', 'explain', true, false],
    ['reporter', 'direct', false, false],
    ['viewer', 'direct', true, true],
    ['viewer', 'explain', false, false],
    ['admin', 'explain', true, true],
    ['admin', 'direct', true, true],
    ['approver', 'explain', false, false],
    ['approver', 'direct', false, false],
    ['api_client', 'explain', false, false],
    ['api_client', 'direct', false, false],
  ];
  it.each(matrix)('%s may %s: inside %s, outside %s', (role, action, expectedInside, expectedOutside) => {
    expect(can(actor(role), action, inside)).toBe(expectedInside);
    expect(can(actor(role), action, outside)).toBe(expectedOutside);
  });

  it('lets the steering roles read reporting coverage, not reporters or API clients (with or without a target)', () => {
    for (const role of ['admin', 'approver', 'viewer'] as const) expect(can(actor(role), 'read_coverage')).toBe(true);
    for (const role of ['reporter', 'api_client'] as const) {
      expect(can(actor(role), 'read_coverage')).toBe(false);
      expect(can(actor(role), 'read_coverage', inside)).toBe(false);
    }
  });

  it('limits API clients to their data elements', () => {
    const client = actor('api_client', ['67'], ['HS_TRUC_TUYEN_MUC4']);
    expect(can(client, 'write_values', { unitPath: ['67'], elementCode: 'HS_TRUC_TUYEN_MUC4' })).toBe(true);
    expect(can(client, 'write_values', { unitPath: ['67'], elementCode: 'XA_CAP_QUANG' })).toBe(false);
  });
});
