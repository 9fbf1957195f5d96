/** The report_files table (migration 0019): the files generated reports produced, with their bytes. */
import type { Generated } from 'kysely';

export interface ReportFilesTable {
  id: Generated<number>;
  jobId: number;
  plan: string;
  unit: string;
  period: string;
  format: string;
  mediaType: string;
  fileName: string;
  size: number;
  bytes: Buffer;
  requestedBy: string | null;
  createdAt: string;
}

export interface ReportTables {
  reportFiles: ReportFilesTable;
}
