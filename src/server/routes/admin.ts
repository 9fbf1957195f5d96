/**
 * The admin API for people and API tokens (what `dx-ioc user|token|scopes` do, for the web dashboard): admin
 * only. Validation and the rules live in the store functions the CLI calls (store/auth/users.ts, auth-tokens.ts,
 * scope-changes.ts, unit-scopes.ts); their field errors are 400/404/409 naming the field. Each change is
 * written to the audit trail (entity `user` or `api_token`, source `admin`) in the same transaction.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access.ts';
import type { UnitVersion } from '../../domain/unit-scopes.ts';
import type { AuditInput } from '../../store/audit.ts';
import { createApiToken, listApiTokens, revokeApiToken, type TokenInfo } from '../../store/auth/tokens.ts';
import { addUser, listUsers, normaliseUsername, updateUser, type UserInfo } from '../../store/auth/users.ts';
import { openToNull } from '../../store/dates.ts';
import { changeTokenScopes, changeUserScopes } from '../../store/auth/scope-changes.ts';
import { scopesToReview, type UnitScope } from '../../store/auth/unit-scopes.ts';
import { requireActor } from '../auth/guard.ts';
import { AppError, appError } from '../../domain/errors.ts';
import type { RouteDeps } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import {
  createdTokenResponse,
  createTokenBody,
  createUserBody,
  patchUserBody,
  reviewQuerystring,
  reviewResponse,
  tokenListResponse,
  tokenNameParams,
  tokenSchema,
  tokenScopesBody,
  tokenScopesResponse,
  userListResponse,
  usernameParams,
  userSchema,
  userScopesBody,
  userScopesResponse,
  type CreateTokenBody,
  type CreateUserBody,
  type PatchUserBody,
  type ReviewQuerystring,
  type TokenNameParams,
  type TokenScopesBody,
  type UsernameParams,
  type UserScopesBody,
} from '../schemas/admin-schemas.ts';

function requireAdmin(request: FastifyRequest, target: string): Actor {
  const actor = requireActor(request);
  if (actor.role !== 'admin') throw appError('FORBIDDEN', { action: 'manage', target });
  return actor;
}

const presentVersion = (v: UnitVersion) => ({ code: v.code, name: v.name, level: v.level, validFrom: openToNull(v.validFrom), validTo: openToNull(v.validTo) });
const presentScope = (s: UnitScope) => (s.version ? presentVersion(s.version) : { code: s.code, name: null, level: null, validFrom: null, validTo: null });
const presentUser = (u: UserInfo) => ({ ...u, scopes: u.scopes.map(presentScope) });
const presentToken = (t: TokenInfo) => ({ ...t, role: 'api_client', scopes: t.scopes.map(presentScope) });

async function userOr404(deps: RouteDeps, username: string): Promise<UserInfo> {
  const name = normaliseUsername(username);
  const user = (await listUsers(deps.store.db)).find((u) => u.username === name);
  if (!user) throw new AppError('NOT_FOUND', `Không có người dùng "${username}" / no user "${username}"`, [{ field: 'username', message: 'không có / unknown' }]);
  return user;
}

async function tokenOr404(deps: RouteDeps, name: string): Promise<TokenInfo> {
  const token = (await listApiTokens(deps.store.db)).find((t) => t.name === name.trim());
  if (!token) throw new AppError('NOT_FOUND', `Không có token "${name}" / no token "${name}"`, [{ field: 'name', message: 'không có / unknown' }]);
  return token;
}

/** GET/POST /users, PATCH /users/{username}, POST /users/{username}/scopes, GET/POST /tokens, POST /tokens/{name}/revoke|scopes, GET /scopes/review. */
export const adminRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const audit = (request: FastifyRequest, actor: Actor, entity: 'user' | 'api_token', entityKey: string, action: string): AuditInput => ({
    actor: { name: actor.name, kind: actor.kind },
    source: 'admin',
    via: viaOf(request),
    entity,
    entityKey,
    action,
  });

  app.get('/users', { schema: { querystring: noQuerystring, response: { 200: userListResponse } } }, async (request) => {
    requireAdmin(request, 'users');
    return { items: (await listUsers(store.db)).map(presentUser) };
  });

  app.post<{ Body: CreateUserBody }>('/users', { schema: { querystring: noQuerystring, body: createUserBody, response: { 201: userSchema } } }, async (request, reply) => {
    const actor = requireAdmin(request, 'users');
    const { username, role, units, displayName, password } = request.body;
    const key = normaliseUsername(username);
    await addUser(store.db, { username, role, units: units ?? [], displayName: displayName ?? null, password }, now(), audit(request, actor, 'user', key, 'create'));
    return reply.status(201).send(presentUser(await userOr404(deps, key)));
  });

  app.patch<{ Params: UsernameParams; Body: PatchUserBody }>(
    '/users/:username',
    { schema: { params: usernameParams, querystring: noQuerystring, body: patchUserBody, response: { 200: userSchema } } },
    async (request) => {
      const actor = requireAdmin(request, 'users');
      const target = await userOr404(deps, request.params.username);
      const body = request.body;
      // An install must never lose its way in: nobody disables or demotes themself (another admin can).
      if (actor.kind === 'user' && actor.name === target.username) {
        if (body.disabled === true) throw new AppError('SELF_LOCKOUT', appError('SELF_LOCKOUT').message, [{ field: 'disabled', message: 'không tự khóa / not yourself' }]);
        if (body.role !== undefined && body.role !== 'admin') throw new AppError('SELF_LOCKOUT', appError('SELF_LOCKOUT').message, [{ field: 'role', message: 'không tự hạ quyền / not yourself' }]);
      }
      await updateUser(store.db, target.username, body, now(), audit(request, actor, 'user', target.username, 'update'));
      return presentUser(await userOr404(deps, target.username));
    },
  );

  app.post<{ Params: UsernameParams; Body: UserScopesBody }>(
    '/users/:username/scopes',
    { schema: { params: usernameParams, querystring: noQuerystring, body: userScopesBody, response: { 200: userScopesResponse } } },
    async (request) => {
      const actor = requireAdmin(request, 'users');
      const key = normaliseUsername(request.params.username);
      const result = await changeUserScopes(store.db, key, request.body, now(), audit(request, actor, 'user', key, 'scopes'));
      return { added: result.added.map(presentVersion), removed: result.removed.map(presentVersion), unchanged: result.unchanged, user: presentUser(await userOr404(deps, key)) };
    },
  );

  app.get('/tokens', { schema: { querystring: noQuerystring, response: { 200: tokenListResponse } } }, async (request) => {
    requireAdmin(request, 'tokens');
    return { items: (await listApiTokens(store.db)).map(presentToken) };
  });

  app.post<{ Body: CreateTokenBody }>('/tokens', { schema: { querystring: noQuerystring, body: createTokenBody, response: { 201: createdTokenResponse } } }, async (request, reply) => {
    const actor = requireAdmin(request, 'tokens');
    const name = request.body.name.trim();
    const secret = await createApiToken(store.db, { name, units: request.body.units, elements: request.body.elements ?? [] }, now(), audit(request, actor, 'api_token', name, 'create'));
    // The secret is in this answer only (the store keeps its hash): no cache may keep it either.
    void reply.header('cache-control', 'no-store');
    return reply.status(201).send({ token: presentToken(await tokenOr404(deps, name)), secret });
  });

  app.post<{ Params: TokenNameParams }>(
    '/tokens/:name/revoke',
    { schema: { params: tokenNameParams, querystring: noQuerystring, response: { 200: tokenSchema } } },
    async (request) => {
      const actor = requireAdmin(request, 'tokens');
      const name = request.params.name.trim();
      await revokeApiToken(store.db, name, now(), audit(request, actor, 'api_token', name, 'revoke'));
      return presentToken(await tokenOr404(deps, name));
    },
  );

  app.post<{ Params: TokenNameParams; Body: TokenScopesBody }>(
    '/tokens/:name/scopes',
    { schema: { params: tokenNameParams, querystring: noQuerystring, body: tokenScopesBody, response: { 200: tokenScopesResponse } } },
    async (request) => {
      const actor = requireAdmin(request, 'tokens');
      const name = request.params.name.trim();
      const r = await changeTokenScopes(store.db, name, request.body, now(), audit(request, actor, 'api_token', name, 'scopes'));
      return {
        added: r.added.map(presentVersion),
        removed: r.removed.map(presentVersion),
        unchanged: r.unchanged,
        elementsAdded: r.elementsAdded,
        elementsRemoved: r.elementsRemoved,
        token: presentToken(await tokenOr404(deps, name)),
      };
    },
  );

  app.get<{ Querystring: ReviewQuerystring }>('/scopes/review', { schema: { querystring: reviewQuerystring, response: { 200: reviewResponse } } }, async (request) => {
    requireAdmin(request, 'scopes');
    const at = request.query.at ?? deps.today();
    const rows = await scopesToReview(store.db, at);
    return { at, items: rows.map((r) => ({ kind: r.kind, owner: r.owner, scope: presentScope(r.scope), resolution: r.scope.resolution })) };
  });
};
