import { describe, expect, it } from 'vitest';
import { isEditable, transition, WorkflowError } from '../../src/domain/workflow.ts';

describe('submission workflow', () => {
  it('draft → submitted → returned → submitted → approved → (reopen) returned', () => {
    let s = transition('draft', 'submit');
    expect(s).toBe('submitted');
    s = transition(s, 'return', 'Thiếu minh chứng');
    expect(s).toBe('returned');
    expect(isEditable(s)).toBe(true);
    s = transition(s, 'submit');
    s = transition(s, 'approve');
    expect(s).toBe('approved');
    expect(isEditable(s)).toBe(false);
    expect(transition(s, 'reopen', 'Sửa số liệu quý 2')).toBe('returned');
  });

  it('refuses what the state does not allow, and a return without reason', () => {
    expect(() => transition('approved', 'submit')).toThrow(WorkflowError);
    expect(() => transition('draft', 'approve')).toThrow(/Không thể/);
    expect(() => transition('submitted', 'return', '  ')).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
  });
});
