/** Row types for the frameworks tables (migration 000x-frameworks.ts); merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FrameworkTables {}
