/** Checks that scope codes name real units and data elements, so a typo is an error, not an empty scope. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Throws naming every unit code no unit version has ever had. */
export async function assertUnitCodesExist(db: Kysely<Database>, codes: string[], field = '--unit'): Promise<void> {
  if (!codes.length) return;
  const rows = await db.selectFrom('units').select('code').distinct().where('code', 'in', codes).execute();
  const known = new Set(rows.map((r) => r.code));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length) {
    throw new Error(`Không có đơn vị mã ${missing.map((c) => `"${c}"`).join(', ')} (${field}) / unknown unit code(s) in ${field}: ${missing.join(', ')}`);
  }
}

/** Throws naming every data element code that is not defined. */
export async function assertElementCodesExist(db: Kysely<Database>, codes: string[], field = '--element'): Promise<void> {
  if (!codes.length) return;
  const rows = await db.selectFrom('dataElements').select('code').where('code', 'in', codes).execute();
  const known = new Set(rows.map((r) => r.code));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length) {
    throw new Error(
      `Không có phần tử dữ liệu mã ${missing.map((c) => `"${c}"`).join(', ')} (${field}) / unknown data element code(s) in ${field}: ${missing.join(', ')}`,
    );
  }
}

/** Trimmed, de-duplicated codes in their first order. */
export function cleanCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
}
