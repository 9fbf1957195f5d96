/** Names for the generated OpenAPI types the approval screens use (from schema.d.ts, never written by hand). */
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type FormList = Json<paths['/api/v1/forms']['get']['responses'][200]>;
export type FormListItem = FormList['items'][number];
export type FormListQuery = NonNullable<paths['/api/v1/forms']['get']['parameters']['query']>;
export type FormState = NonNullable<FormListQuery['state']>;
export type FormDetail = Json<paths['/api/v1/forms/{dataset}/{unit}/{period}']['get']['responses'][200]>;
export type FormElement = NonNullable<FormDetail['elements']>[number];
export type BulkApproval = Json<paths['/api/v1/forms/approve']['post']['responses'][200]>;
export type WorkflowAction = 'approve' | 'return' | 'reopen';

/** A form's key: dataset × unit × period. */
export interface FormRef {
  dataset: string;
  unit: string;
  period: string;
}

export const formKey = (ref: FormRef): string => `${ref.dataset}/${ref.unit}/${ref.period}`;
