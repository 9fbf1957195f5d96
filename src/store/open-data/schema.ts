/** Row types for the open-data table (migration 0018-publications.ts); merged into Database in schema.ts. */

export interface PublicationsTable {
  /** 'indicator' | 'ranking' */
  kind: string;
  /** An indicator's code, or a ranking edition as `framework|edition|period`. */
  key: string;
  publishedAt: string;
  publishedBy: string;
  note: string | null;
}

export interface OpenDataTables {
  publications: PublicationsTable;
}
