/** Row types for the feedback tables (migration 0025-feedback.ts); merged into Database in schema.ts. */
import type { Generated } from 'kysely';

export interface FeedbackReportsTable {
  id: Generated<number>;
  /** 'web' (the public form), 'open311', 'demo'. */
  source: string;
  /** The API token's name that posted it (Open311 api_key), else null. */
  client: string | null;
  category: string;
  description: string;
  lat: number | null;
  long: number | null;
  address: string | null;
  /** The responsible unit's code. */
  unit: string;
  /** domain/feedback.ts FeedbackState */
  state: string;
  reporterName: string | null;
  reporterContact: string | null;
  hideName: number;
  /** JSON array of photo URLs. */
  media: string;
  filedAt: string;
  /** The Vietnam date of filedAt: the day it counts in. */
  filedOn: string;
  dueAt: string;
  acknowledgedAt: string | null;
  handledAt: string | null;
  handledOn: string | null;
  /** 1 handled by the deadline, 0 late; null while open or when rejected. */
  onTime: number | null;
  answer: string | null;
  rejectReason: string | null;
  rating: number | null;
  ratedAt: string | null;
  tokenHash: string | null;
  updatedAt: string;
  simulated: number;
}

export interface FeedbackEventsTable {
  id: Generated<number>;
  reportId: number;
  /** 'filed', 'rated' or a domain FeedbackAction. */
  action: string;
  fromState: string | null;
  toState: string;
  fromUnit: string | null;
  toUnit: string;
  note: string | null;
  actor: string;
  at: string;
}

export interface FeedbackPhotosTable {
  id: Generated<number>;
  reportId: number;
  /** The file's content hash: its name in the evidence store's folder. */
  sha256: string;
  mediaType: string;
  size: number;
  addedAt: string;
}

export interface FeedbackTables {
  feedbackReports: FeedbackReportsTable;
  feedbackEvents: FeedbackEventsTable;
  feedbackPhotos: FeedbackPhotosTable;
}
