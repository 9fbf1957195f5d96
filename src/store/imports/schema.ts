/** Row types for the import and evidence tables (migration 0006-imports.ts); merged into Database in schema.ts. */

export interface ImportsTable {
  id: string;
  datasetCode: string;
  period: string;
  /** The name the user gave the file (shown, never used as a path). */
  fileName: string;
  /** The uploaded file's path while it waits for the commit; null afterwards. */
  storedFile: string | null;
  /** reading | ready | invalid | committing | committed */
  status: string;
  rowsRead: number;
  /** JSON text of the ImportPreview. */
  preview: string | null;
  /** JSON text of the commit's outcome (counts) or its errors. */
  result: string | null;
  createdBy: string;
  /** 'user' | 'token' (names of the two may overlap); null until set, when only an admin may use the job. */
  createdByKind: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceTable {
  id: string;
  /** document | file | link */
  kind: string;
  unitCode: string;
  period: string;
  /** Attached to a value (element) or to a submission (dataset); exactly one is set. */
  elementCode: string | null;
  datasetCode: string | null;
  docNumber: string | null;
  docDate: string | null;
  docIssuer: string | null;
  docSummary: string | null;
  url: string | null;
  fileSha256: string | null;
  fileName: string | null;
  fileSize: number | null;
  mediaType: string | null;
  createdBy: string;
  createdAt: string;
}

/** One row of an uploaded file's read sheet, for the preview grid (migration 0016-import-rows.ts). */
export interface ImportRowsTable {
  importId: string;
  /** 0-based order in the sheet: a page is a key range. */
  seq: number;
  /** The row's number as the spreadsheet shows it (1-based). */
  rowNumber: number;
  /** JSON array of the cells as text. */
  cells: string;
}

export interface ImportTables {
  imports: ImportsTable;
  importRows: ImportRowsTable;
  evidence: EvidenceTable;
}
