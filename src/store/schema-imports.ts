/** Row types for the import and evidence tables (migration 0006-imports.ts); merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImportTables {}
