/** The import API's answers as the generated OpenAPI types name them (never written by hand: see lib/api/schema.d.ts). */
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ImportJob = Json<paths['/api/v1/imports/{id}']['get']['responses'][200]>;
export type ImportProblem = NonNullable<ImportJob['errors']>[number];
export type ImportRowsPage = Json<paths['/api/v1/imports/{id}/rows']['get']['responses'][200]>;
export type ImportRow = ImportRowsPage['items'][number];
export type CommitAnswer = Json<paths['/api/v1/imports/{id}/commit']['post']['responses'][200]>;
