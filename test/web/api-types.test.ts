import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../web/scripts/api-types.ts';

it("web/src/lib/api/schema.d.ts matches the server's OpenAPI document (regenerate with npm run gen:api)", async () => {
  const committed = readFileSync(API_TYPES_FILE, 'utf8');
  const current = await generateApiTypes();
  // One message instead of a 3,000-line diff: the fix is always the same command.
  expect(committed === current, 'schema.d.ts is stale: run `npm run gen:api` and commit the result').toBe(true);
});
