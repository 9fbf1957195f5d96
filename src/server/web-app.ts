/**
 * The web app (web/, built by Vite into web/dist) served by the API's own server:
 * - `/assets/*`: the hashed files of a build, cached for a year (`immutable`: a new build has new names);
 * - any other GET or HEAD that no route answers, outside /api/, asking for HTML (and `/` always): the
 *   app's index.html (`no-cache`, so a new build is seen at once), whose router then reads the path;
 * - the pages carry a Content-Security-Policy that lets the app run from this origin only; every other
 *   answer keeps the API's `default-src 'none'` (security-headers.ts). API paths stay JSON 404s;
 * - when web/dist has no build, those pages answer 503 with a page saying how to build it.
 * index.html is read at each request (it is small), so a build made while the server runs is served at once.
 */
import fastifyStatic from '@fastify/static';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** web/dist of this checkout. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The app's pages: scripts, styles, images, fonts and API calls from this origin only; no plugins, no framing. */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const YEAR_SECONDS = 365 * 24 * 3600;

/** True when web/dist holds a build (its index.html). */
export function webAppBuilt(distDir: string = DEFAULT_WEB_DIST): boolean {
  return existsSync(join(distDir, 'index.html'));
}

/** Whether a request asks for a page: GET/HEAD outside /api/ and /assets/, and `/` or an Accept that lists text/html. */
function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) return false;
  return path === '/' || acceptsHtml(request.headers.accept);
}

/** `text/html` listed in Accept without `q=0`. */
export function acceptsHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    return type === 'text/html' && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

const NOT_BUILT_STYLE =
  'body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}code{background:#eef1f5;padding:.1em .3em}';
const NOT_BUILT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(NOT_BUILT_STYLE).digest('base64')}'; frame-ancestors 'none'`;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>DX-IOC: chưa dựng giao diện web</title><style>${NOT_BUILT_STYLE}</style></head>
<body>
<h1>Giao diện web chưa được dựng</h1>
<p>Máy chủ đang chạy và API trả lời tại <code>/api/v1</code>, nhưng thư mục <code>web/dist</code> chưa có bản dựng.
Dừng máy chủ rồi chạy <code>npm start</code> (tự dựng khi cần), hoặc chạy <code>npm run build:web</code> rồi tải lại trang này.</p>
<h2 lang="en">The web app is not built</h2>
<p lang="en">The server is running and the API answers under <code>/api/v1</code>, but <code>web/dist</code> holds no build.
Stop the server and run <code>npm start</code> (it builds when needed), or run <code>npm run build:web</code> and reload this page.</p>
</body></html>
`;

async function sendPage(reply: FastifyReply, distDir: string): Promise<FastifyReply> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (html === null) {
    return reply
      .status(503)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', NOT_BUILT_CSP)
      .send(NOT_BUILT_PAGE);
  }
  return reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', WEB_APP_CSP).send(html);
}

/** Registers the assets route and the page fallback (an onRequest hook on requests no route answers). */
export function registerWebApp(app: FastifyInstance, { distDir = DEFAULT_WEB_DIST }: { distDir?: string } = {}): void {
  // In its own context logged at 'error': no start-up warning when there is no build yet (the page says what to
  // do), and no log line per asset.
  void app.register(
    async (assets) => {
      // The hashed files take no query string: like every route, the assets route declares a closed one.
      assets.addHook('onRoute', (route) => {
        route.schema ??= {};
        route.schema.querystring = { type: 'object', properties: {}, additionalProperties: false };
      });
      await assets.register(fastifyStatic, { root: join(distDir, 'assets'), prefix: '/assets/', index: false, immutable: true, maxAge: YEAR_SECONDS * 1000 });
    },
    { logLevel: 'error' },
  );
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404 && wantsPage(request)) return sendPage(reply, distDir);
  });
}
