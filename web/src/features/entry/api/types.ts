/** Names for the generated OpenAPI types the entry screens use (never written by hand: see lib/api/schema.d.ts). */
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : never;
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type FormList = Ok<'/api/v1/forms', 'get'>;
export type FormListItem = FormList['items'][number];
export type FormListQuery = Query<'/api/v1/forms'>;
export type FormState = FormListItem['state'];
export type FormView = Ok<'/api/v1/forms/{dataset}/{unit}/{period}', 'get'>;
export type FormElement = NonNullable<FormView['elements']>[number];
export type FormEvidence = NonNullable<FormView['evidence']>[number];
export type SaveAnswer = Ok<'/api/v1/forms/{dataset}/{unit}/{period}', 'put'>;

export interface FormRef {
  dataset: string;
  unit: string;
  period: string;
}
