/** The task state machine (every transition and refusal) and the overdue / due-soon rules on a fixed day. */
import { describe, expect, it } from 'vitest';
import { todayIsoDate } from '../../src/domain/dates.ts';
import {
  completedOnTime,
  taskActions,
  taskDateProblems,
  taskDueSoon,
  taskOverdue,
  taskStatus,
  taskTransition,
  TaskTransitionError,
  TASK_ACTIONS,
  TASK_STATES,
  type TaskAction,
  type TaskState,
} from '../../src/domain/tasks.ts';

// 23:30 UTC on 14/3/2026 is already 15/3/2026 in Vietnam.
const NOW = new Date('2026-03-14T23:30:00Z');
const TODAY = todayIsoDate(NOW);

const ALLOWED: Record<TaskState, Partial<Record<TaskAction, TaskState>>> = {
  not_started: { edit: 'not_started', start: 'in_progress', progress: 'in_progress', milestone: 'not_started', complete: 'completed', pause: 'paused' },
  in_progress: { edit: 'in_progress', progress: 'in_progress', milestone: 'in_progress', complete: 'completed', pause: 'paused' },
  paused: { edit: 'paused', resume: 'in_progress' },
  completed: { reopen: 'in_progress' },
};

describe('task transitions', () => {
  for (const state of TASK_STATES) {
    for (const action of TASK_ACTIONS) {
      const next = ALLOWED[state][action];
      it(`${action} on ${state} → ${next ?? 'refused'}`, () => {
        if (next) expect(taskTransition(state, action)).toBe(next);
        else expect(() => taskTransition(state, action)).toThrow(TaskTransitionError);
      });
    }
  }

  it('explains the refusals in Vietnamese then English', () => {
    expect(() => taskTransition('paused', 'complete')).toThrow(
      /Không thể hoàn thành nhiệm vụ đang "tạm dừng" \(cần tiếp tục trước.*\/ cannot complete a task that is paused/,
    );
    expect(() => taskTransition('completed', 'progress')).toThrow(/chỉ quản trị có thể mở lại/);
  });

  it('lists the actions a state accepts', () => {
    expect(taskActions('completed')).toEqual(['reopen']);
    expect(taskActions('paused')).toEqual(['edit', 'resume']);
  });
});

describe('overdue and due soon on a fixed day', () => {
  it('takes today in Vietnam', () => expect(TODAY).toBe('2026-03-15'));

  it('a task not completed past its deadline is overdue, whatever its stored state', () => {
    for (const state of ['not_started', 'in_progress', 'paused'] as const) {
      expect(taskOverdue({ state, deadline: '2026-03-14', completedOn: null }, TODAY)).toBe(true);
      expect(taskStatus({ state, deadline: '2026-03-14', completedOn: null }, TODAY)).toBe('overdue');
    }
    expect(taskOverdue({ state: 'in_progress', deadline: TODAY, completedOn: null }, TODAY)).toBe(false);
    expect(taskStatus({ state: 'completed', deadline: '2025-01-01', completedOn: '2025-06-01' }, TODAY)).toBe('completed');
  });

  it('due soon: deadline from today to today + 7 (or N) days, not completed', () => {
    const t = (deadline: string, state: TaskState = 'in_progress') => ({ state, deadline, completedOn: null });
    expect(taskDueSoon(t(TODAY), TODAY)).toBe(true);
    expect(taskDueSoon(t('2026-03-22'), TODAY)).toBe(true);
    expect(taskDueSoon(t('2026-03-23'), TODAY)).toBe(false);
    expect(taskDueSoon(t('2026-03-23'), TODAY, 8)).toBe(true);
    expect(taskDueSoon(t('2026-03-14'), TODAY)).toBe(false);
    expect(taskDueSoon(t('2026-03-16', 'completed'), TODAY)).toBe(false);
  });

  it('on time: completed no later than the deadline', () => {
    expect(completedOnTime({ state: 'completed', deadline: '2025-06-30', completedOn: '2025-06-30' })).toBe(true);
    expect(completedOnTime({ state: 'completed', deadline: '2025-06-30', completedOn: '2025-07-01' })).toBe(false);
    expect(completedOnTime({ state: 'in_progress', deadline: '2025-06-30', completedOn: null })).toBe(false);
  });

  it('checks a task’s dates', () => {
    expect(taskDateProblems({ startDate: '2026-01-01', deadline: '2025-12-31' })).toEqual([expect.objectContaining({ field: 'deadline' })]);
    expect(taskDateProblems({ startDate: '2026-01-01', deadline: '2026-12-31', milestones: [{ dueDate: '2025-12-01' }] })[0]?.field).toBe(
      'milestones/0/dueDate',
    );
  });
});
