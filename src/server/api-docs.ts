/**
 * The OpenAPI document browsable at /api/docs: Swagger UI served from the @fastify/swagger-ui package (its
 * scripts, styles and images from this origin; no CDN), reading the same document as /api/openapi.json.
 * Its pages carry their own Content-Security-Policy (everything from this origin; images also as data: URIs,
 * which the UI's logo and icons are); every other header of security-headers.ts stays. Like every route, the
 * UI's routes declare a closed query string (an unknown parameter is a 400). They are under /api/, so the
 * web app's page fallback (web-app.ts) never answers for them.
 */
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export const API_DOCS_PATH = '/api/docs';

/** Swagger UI's pages: scripts, styles, images and the document from this origin only; no plugins, no framing. */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Registers Swagger UI under /api/docs (after registerOpenApi: it reads the document @fastify/swagger makes). */
export function registerApiDocs(app: FastifyInstance): void {
  void app.register(
    async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.schema ??= {};
        route.schema.querystring = { type: 'object', properties: {}, additionalProperties: false };
      });
      await docs.register(swaggerUi, {
        routePrefix: API_DOCS_PATH,
        staticCSP: API_DOCS_CSP,
        theme: { title: 'DX-IOC API' },
        // BaseLayout: no top bar (its document URL box is of no use here, and its logo is an SVG with an inline
        // <style> the page's CSP refuses).
        uiConfig: { layout: 'BaseLayout', docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0, displayRequestDuration: true },
      });
    },
    { logLevel: 'error' },
  );
}
