/** `npm run gen:api`: writes web/src/lib/api/schema.d.ts from the server's OpenAPI document (see api-types.ts). */
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

await writeFile(API_TYPES_FILE, await generateApiTypes());
console.log(`Đã ghi / wrote ${relative(process.cwd(), API_TYPES_FILE)}`);
