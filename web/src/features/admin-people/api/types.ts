/** The admin API's answers, named from the generated OpenAPI types (never written by hand). */
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Answer<P extends keyof paths, M extends 'get' | 'post' | 'patch', S extends number> = paths[P][M] extends { responses: { [K in S]: infer R } }
  ? Json<R>
  : never;

export type AdminUser = Answer<'/api/v1/users', 'get', 200>['items'][number];
export type UserRole = paths['/api/v1/users']['post']['requestBody']['content']['application/json']['role'];
export type UserPatch = paths['/api/v1/users/{username}']['patch']['requestBody']['content']['application/json'];
export type AdminToken = Answer<'/api/v1/tokens', 'get', 200>['items'][number];
export type CreatedToken = Answer<'/api/v1/tokens', 'post', 201>;
export type ScopeReview = Answer<'/api/v1/scopes/review', 'get', 200>;
export type ReviewItem = ScopeReview['items'][number];
export type Scope = AdminUser['scopes'][number];
export type AuditPage = Answer<'/api/v1/audit', 'get', 200>;
export type AuditEvent = AuditPage['items'][number];
export type UnitLineage = Answer<'/api/v1/units/{code}/lineage', 'get', 200>;

export const USER_ROLES: readonly UserRole[] = ['admin', 'approver', 'reporter', 'viewer'];

/** What the admin screens' queries are kept under; every change invalidates them all (the audit trail too). */
export const ADMIN_KEY = ['admin-people'] as const;
