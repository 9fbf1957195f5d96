/**
 * The admin API for people and API tokens (what `dx-ioc user|token|scopes` do, for the web dashboard): parse,
 * call the use case (app/auth/users.ts, tokens.ts, scopes.ts: admins only, the rules, one transaction with
 * the audit event, source `admin`, via the request's address and browser), shape the answer. Field errors are
 * 400/404/409 naming the field.
 */
import type { FastifyRequest } from 'fastify';
import { addUser, listUsers, updateUser, type UserInfo } from '../../app/auth/users.ts';
import { createApiToken, listApiTokens, revokeApiToken, type TokenInfo } from '../../app/auth/tokens.ts';
import { changeTokenScopes, changeUserScopes, reviewScopes } from '../../app/auth/scopes.ts';
import type { AdminContext } from '../../app/auth/admin-context.ts';
import { presentScope, presentVersion } from '../../app/auth/present.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
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
} from '../schemas/admin-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';

const tags = ['admin'];

const presentUser = (u: UserInfo) => ({ ...u, scopes: u.scopes.map(presentScope) });
const presentToken = (t: TokenInfo) => ({ ...t, role: 'api_client', scopes: t.scopes.map(presentScope) });

/** GET/POST /users, PATCH /users/{username}, POST /users/{username}/scopes, GET/POST /tokens, POST /tokens/{name}/revoke|scopes, GET /scopes/review. */
export const adminRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  /** The caller (401 when anonymous) and where the request came from; the use case checks the policy. */
  const context = (request: FastifyRequest): AdminContext => ({ actor: requireActor(request), via: viaOf(request), now: now() });

  app.get(
    '/users',
    { schema: { tags, summary: 'Người dùng / people', querystring: noQuerystring, response: { 200: userListResponse, ...errorResponses(403) } } },
    async (request) => {
      return { items: (await listUsers(store, requireActor(request))).map(presentUser) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Thêm người dùng / add a person',
        querystring: noQuerystring,
        body: createUserBody,
        response: { 201: userSchema, ...errorResponses(403, 409) },
      },
    },
    async (request, reply) => {
      const { username, role, units, displayName, password } = request.body;
      const user = await addUser(store, context(request), { username, role, units: units ?? [], displayName: displayName ?? null, password });
      return reply.status(201).send(presentUser(user));
    },
  );

  app.patch(
    '/users/:username',
    {
      schema: {
        tags,
        summary: 'Sửa người dùng: tên hiển thị, thư điện tử, vai trò, khoá, mật khẩu / change a person: display name, e-mail, role, disabled, password',
        params: usernameParams,
        querystring: noQuerystring,
        body: patchUserBody,
        response: { 200: userSchema, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => presentUser((await updateUser(store, context(request), request.params.username, request.body)).user),
  );

  app.post(
    '/users/:username/scopes',
    {
      schema: {
        tags,
        summary: "Thêm, bớt đơn vị phụ trách của người dùng / add or remove a person's unit scopes",
        params: usernameParams,
        querystring: noQuerystring,
        body: userScopesBody,
        response: { 200: userScopesResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => {
      const r = await changeUserScopes(store, context(request), request.params.username, request.body);
      return { added: r.added.map(presentVersion), removed: r.removed.map(presentVersion), unchanged: r.unchanged, user: presentUser(r.user) };
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Mã truy cập của hệ thống nguồn / API tokens',
        querystring: noQuerystring,
        response: { 200: tokenListResponse, ...errorResponses(403) },
      },
    },
    async (request) => {
      return { items: (await listApiTokens(store, requireActor(request))).map(presentToken) };
    },
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Tạo mã truy cập; bí mật chỉ trả lời một lần / create an API token; its secret is answered once',
        querystring: noQuerystring,
        body: createTokenBody,
        response: { 201: createdTokenResponse, ...errorResponses(403, 409) },
      },
    },
    async (request, reply) => {
      const { secret, token } = await createApiToken(store, context(request), {
        name: request.body.name,
        units: request.body.units,
        elements: request.body.elements ?? [],
      });
      // The secret is in this answer only (the store keeps its hash): no cache may keep it either.
      void reply.header('cache-control', 'no-store');
      return reply.status(201).send({ token: presentToken(token), secret });
    },
  );

  app.post(
    '/tokens/:name/revoke',
    {
      schema: {
        tags,
        summary: 'Thu hồi mã truy cập / revoke an API token',
        params: tokenNameParams,
        querystring: noQuerystring,
        response: { 200: tokenSchema, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => presentToken(await revokeApiToken(store, context(request), request.params.name)),
  );

  app.post(
    '/tokens/:name/scopes',
    {
      schema: {
        tags,
        summary: "Thêm, bớt đơn vị và phần tử dữ liệu của mã truy cập / add or remove an API token's units and data elements",
        params: tokenNameParams,
        querystring: noQuerystring,
        body: tokenScopesBody,
        response: { 200: tokenScopesResponse, ...errorResponses(403, 404, 409) },
      },
    },
    async (request) => {
      const r = await changeTokenScopes(store, context(request), request.params.name, request.body);
      return {
        added: r.added.map(presentVersion),
        removed: r.removed.map(presentVersion),
        unchanged: r.unchanged,
        elementsAdded: r.elementsAdded,
        elementsRemoved: r.elementsRemoved,
        token: presentToken(r.token),
      };
    },
  );

  app.get(
    '/scopes/review',
    {
      schema: {
        tags,
        summary: 'Phạm vi cần xem lại: đơn vị đã hết hiệu lực / scopes to review: unit versions that have ended',
        querystring: reviewQuerystring,
        response: { 200: reviewResponse, ...errorResponses(403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const at = request.query.at ?? deps.today();
      const rows = await reviewScopes(store, actor, at);
      return { at, items: rows.map((r) => ({ kind: r.kind, owner: r.owner, scope: presentScope(r.scope), resolution: r.scope.resolution })) };
    },
  );
};
