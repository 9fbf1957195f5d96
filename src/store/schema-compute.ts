/** Row types for the compute tables (migration 000x-compute.ts); merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ComputeTables {}
