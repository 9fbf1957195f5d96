/** Row types for the task and notification tables (migration 0021-tasks.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface TasksTable {
  id: Generated<number>;
  planCode: string;
  /** The follow-up (and directive) the task came from, when a leader's directive gave it. */
  followUpId: number | null;
  directiveId: number | null;
  title: string;
  legalBasis: string | null;
  leadUnitCode: string;
  startDate: string;
  deadline: string;
  /** domain/tasks.ts TaskState (never 'overdue': computed on read). */
  state: string;
  completedOn: string | null;
  /** JSON array of evidence references, set on completion. */
  completionEvidence: string | null;
  pauseReason: string | null;
  /** The last progress report's percent. */
  percent: Generated<number>;
  /** 1: invented for the demo (mô phỏng). */
  simulated: Generated<number>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface TaskUnitsTable {
  taskId: number;
  unitCode: string;
}

export interface TaskMilestonesTable {
  id: Generated<number>;
  taskId: number;
  title: string;
  dueDate: string;
  doneOn: string | null;
}

export interface TaskProgressTable {
  id: Generated<number>;
  taskId: number;
  reportedOn: string;
  percent: number;
  content: string;
  /** JSON array of evidence references. */
  evidence: string | null;
  createdBy: string;
  createdAt: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  username: string;
  /** app/notifications kinds: task_assigned, task_due_soon, task_overdue, task_progress, task_completed. */
  kind: string;
  taskId: number | null;
  title: string;
  body: string;
  link: string | null;
  /** user|kind|task|day: a notification is written once. */
  dedupeKey: string;
  createdAt: string;
  readAt: string | null;
}

export interface TaskTables {
  tasks: TasksTable;
  taskUnits: TaskUnitsTable;
  taskMilestones: TaskMilestonesTable;
  taskProgress: TaskProgressTable;
  notifications: NotificationsTable;
}
