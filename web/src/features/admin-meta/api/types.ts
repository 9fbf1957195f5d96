/** The admin-meta screens' types, from the OpenAPI document (lib/api/schema.d.ts): never written by hand. */
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Answer<P extends keyof paths, M extends 'get' | 'put' | 'post', S extends number = 200> = paths[P][M] extends { responses: { [K in S]: infer R } }
  ? Json<R>
  : never;
type RequestBody<P extends keyof paths, M extends 'put' | 'post'> = paths[P][M] extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

export type DataElementItem = Answer<'/api/v1/data-elements', 'get'>['items'][number];
export type DataElementBody = RequestBody<'/api/v1/data-elements/{code}', 'put'>;
export type IndicatorItem = Answer<'/api/v1/indicators', 'get'>['items'][number];
export type IndicatorBody = RequestBody<'/api/v1/indicators/{code}', 'put'>;
export type FormulaCheckBody = RequestBody<'/api/v1/indicators/formula-check', 'post'>;
export type FormulaCheck = Answer<'/api/v1/indicators/formula-check', 'post'>;
export type FormulaProblem = FormulaCheck['errors'][number];
export type DatasetItem = NonNullable<Answer<'/api/v1/datasets', 'get'>['items']>[number];
export type DatasetBody = DatasetItem;
