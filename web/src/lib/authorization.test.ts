import { describe, expect, it } from 'vitest';
import { allowed, can } from './authorization';
import type { Me } from './api/types';

const me = (abilities: Partial<Me['abilities']>): Me => ({
  actor: { kind: 'user', name: 'x', role: 'viewer', units: [] },
  csrfToken: 't',
  abilities: {
    read: false,
    read_coverage: false,
    write_values: false,
    submit: false,
    approve: false,
    return: false,
    reopen: false,
    manage: false,
    explain: false,
    direct: false,
    read_personal: false,
    ...abilities,
  },
});

describe('abilities from /auth/me', () => {
  it('shows only what the server says the caller may do', () => {
    const items = [
      { ability: 'read' as const, id: 'overview' },
      { ability: 'write_values' as const, id: 'entry' },
      { ability: 'manage' as const, id: 'admin' },
    ];
    expect(allowed(me({ read: true }), items).map((i) => i.id)).toEqual(['overview']);
    expect(allowed(me({ read: true, write_values: true }), items).map((i) => i.id)).toEqual(['overview', 'entry']);
    expect(allowed(null, items)).toEqual([]);
    expect(can(me({ manage: true }), 'manage')).toBe(true);
    expect(can(undefined, 'read')).toBe(false);
  });
});
