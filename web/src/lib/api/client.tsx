/**
 * The typed API client: openapi-fetch over the paths generated from the server's OpenAPI document
 * (schema.d.ts), so a call's parameters and answer are checked against the server's schemas. The session is
 * the HTTP-only cookie; unsafe requests carry the session's X-CSRF-Token; a 401 tells the app the session ended.
 * Provided through React context (no module-level client), so tests and the app each make their own.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createContext, useContext, type ReactNode } from 'react';
import type { paths } from './schema';
import { ApiError, toApiError } from './errors';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** The session's CSRF token (from the login answer or GET /auth/me), null when signed out. */
  csrfToken: () => string | null;
  /** Called on a 401 from any call but the session check and the login itself. */
  onUnauthenticated: () => void;
  baseUrl?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_PATHS = ['/api/v1/auth/me', '/api/v1/auth/login'];

export function createApiClient({ csrfToken, onUnauthenticated, baseUrl = '' }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin', headers: { accept: 'application/json' } });
  const session: Middleware = {
    onRequest({ request }) {
      const token = csrfToken();
      if (!SAFE_METHODS.has(request.method) && token) request.headers.set('x-csrf-token', token);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && !SESSION_PATHS.some((path) => new URL(request.url).pathname === path)) onUnauthenticated();
      return response;
    },
  };
  client.use(session);
  return client;
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of an answer, or throws its ApiError; a network failure becomes ApiError(0, 'NETWORK').
 * `await data(api.GET('/api/v1/units', {…}))`.
 */
export async function data<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ / Cannot reach the server');
  }
  if (answer.error !== undefined || !answer.response.ok) throw toApiError(answer.response.status, answer.error);
  return answer.data as T;
}

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}
