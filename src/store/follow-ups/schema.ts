/** Row types for the follow-up tables (migration 0014-follow-ups.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface FollowUpsTable {
  id: Generated<number>;
  planCode: string;
  indicatorCode: string;
  unitCode: string;
  period: string;
  /** plan|indicator|unit|period while not closed, null once closed (unique: one follow-up in progress per target). */
  openKey: string | null;
  /** domain/follow-ups.ts FollowUpState */
  state: string;
  /** The target's status when the follow-up opened or was last synced (at_risk | not_met | met | exceeded …). */
  targetStatus: string;
  targetValue: number;
  comparison: string;
  value: number | null;
  gap: number | null;
  /** The day it opened (the server's today) and the day the explanation is due. */
  openedOn: string;
  explainBy: string;
  openedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** domain/follow-ups.ts CloseReason */
  closeReason: string | null;
  closeNote: string | null;
  updatedAt: string;
}

export interface FollowUpExplanationsTable {
  id: Generated<number>;
  followUpId: number;
  content: string;
  /** JSON array of evidence references (documents, links). */
  evidence: string;
  createdBy: string;
  createdAt: string;
}

export interface FollowUpDirectivesTable {
  id: Generated<number>;
  followUpId: number;
  content: string;
  assigneeUnitCode: string;
  deadline: string;
  createdBy: string;
  createdAt: string;
  doneAt: string | null;
}

export interface FollowUpProgressTable {
  id: Generated<number>;
  directiveId: number;
  content: string;
  done: number;
  evidence: string;
  createdBy: string;
  createdAt: string;
}

export interface FollowUpTables {
  followUps: FollowUpsTable;
  followUpExplanations: FollowUpExplanationsTable;
  followUpDirectives: FollowUpDirectivesTable;
  followUpProgress: FollowUpProgressTable;
}
