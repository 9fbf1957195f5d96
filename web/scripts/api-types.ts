/**
 * The web app's API types, generated from the server's OpenAPI document: the app is built in-process
 * (an empty in-memory store, no port), its document read with `app.swagger()`, and openapi-typescript turns
 * it into web/src/lib/api/schema.d.ts. test/web/api-types.test.ts fails when the committed file is stale.
 */
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/db.ts';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/lib/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by \`npm run gen:api\`: do not edit.
 * test/web/api-types.test.ts fails when it no longer matches the server's schemas.
 */

`;

/** The OpenAPI document as the server serves it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const store = openStore(':memory:');
  const app = buildApp({ store });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await store.close();
  }
}

/** The text of schema.d.ts for the current server. */
export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  // openapi-typescript takes the parsed document as it is (its OpenAPI3 type and swagger's are declared apart).
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: false });
  return HEADER + astToString(ast);
}
