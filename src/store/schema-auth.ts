/** Row types for the auth tables (migration 000x-auth.ts); merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuthTables {}
