/** Row types for the collection tables (migration 000x-collection.ts); merged into Database in schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CollectionTables {}
