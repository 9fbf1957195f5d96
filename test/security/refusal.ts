/**
 * What every hostile case must come to: a 4xx whose body is exactly `{error: {code, message, details?}}`
 * with a code of the catalogue and that code's status, answered within a generous bound (a hang or a
 * quadratic blow-up, not a speed claim), and the counted tables unchanged.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import { ERROR_CATALOGUE, type ErrorCode } from '../../src/domain/errors.ts';
import type { Store } from '../../src/store/db.ts';

/** Far above any honest answer; a case that takes longer has hung or blown up. */
export const CASE_TIME_BOUND_MS = 15_000;

export interface Answer {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}

/**
 * Null when `answer` is a proper refusal, else what is wrong with it. Under /open311/ (its own specification) the
 * body is the specification's `[{code, description}]` (in XML `<errors><error>…` for a path ending in .xml), its
 * code the answer's status, a status of the catalogue.
 */
export function expectRefused(answer: Answer, elapsedMs: number, url = ''): string | null {
  const snippet = answer.body.slice(0, 200);
  if (elapsedMs > CASE_TIME_BOUND_MS) return `took ${elapsedMs} ms`;
  if (answer.statusCode < 400 || answer.statusCode >= 500) return `answered ${answer.statusCode} ${snippet}`;
  if (url.startsWith('/open311/') && (url.split('?')[0] ?? '').endsWith('.xml'))
    return open311Refusal(answer.statusCode, open311XmlErrors(answer.body), snippet);
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return `answered ${answer.statusCode} with a body that is not JSON: ${snippet}`;
  }
  if (url.startsWith('/open311/')) return open311Refusal(answer.statusCode, body, snippet);
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  if (!error || Object.keys(body as object).length !== 1) return `not the catalogue shape: ${snippet}`;
  const code = error.code as ErrorCode;
  if (typeof code !== 'string' || !(code in ERROR_CATALOGUE)) return `code outside the catalogue: ${snippet}`;
  if (ERROR_CATALOGUE[code].status !== answer.statusCode)
    return `${code} answered with ${answer.statusCode}, the catalogue says ${ERROR_CATALOGUE[code].status}`;
  if (typeof error.message !== 'string' || error.message === '') return `no message: ${snippet}`;
  return null;
}

/** `<errors><error><code>…</code><description>…</description></error></errors>` as the JSON shape, or null when not that XML. */
function open311XmlErrors(text: string): unknown {
  if (XMLValidator.validate(text) !== true) return null;
  const parsed = new XMLParser({ ignoreDeclaration: true, parseTagValue: false, isArray: (name) => name === 'error' }).parse(text) as {
    errors?: { error?: Array<Record<string, string>> };
  };
  return parsed.errors?.error?.map((e) => ({ ...e, ...(e.code !== undefined ? { code: Number(e.code) } : {}) })) ?? null;
}

function open311Refusal(status: number, body: unknown, snippet: string): string | null {
  const [error, ...rest] = Array.isArray(body) ? (body as Array<{ code?: unknown; description?: unknown }>) : [];
  if (!error || rest.length > 0 || Object.keys(error).length !== 2) return `not the Open311 error shape: ${snippet}`;
  if (error.code !== status) return `Open311 code ${String(error.code)} answered with ${status}`;
  if (!Object.values(ERROR_CATALOGUE).some((e) => e.status === status)) return `status ${status} outside the catalogue`;
  if (typeof error.description !== 'string' || error.description === '') return `no description: ${snippet}`;
  return null;
}

/** The tables a refused request must leave as they were. */
export const COUNTED_TABLES = [
  'data_values',
  'current_values',
  'aggregates',
  'imports',
  'evidence',
  'users',
  'api_tokens',
  'submissions',
  'score_runs',
  'dossiers',
  'feedback_reports',
  'feedback_photos',
] as const;

export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export async function rowCounts(store: Store): Promise<RowCounts> {
  const out: Partial<RowCounts> = {};
  for (const table of COUNTED_TABLES) {
    const row = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(store.db);
    out[table] = Number(row.rows[0]?.n ?? -1);
  }
  return out as RowCounts;
}
