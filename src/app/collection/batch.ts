/**
 * The batch API's write: recordValues behind an Idempotency-Key. The same key with the same body gives
 * the stored answer without writing again; with another body, CONFLICT. The key is stored in the same
 * transaction as the values, so a twin request racing this one hits the primary key, retries, and then
 * finds the stored answer.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../store/db.ts';
import { findIdempotentAnswer, storeIdempotentAnswer } from '../../store/collection/idempotency.ts';
import { AppError } from '../../domain/errors.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { recordValuesIn, type RecordContext, type RecordItem, type RecordResult } from './record-values.ts';

/** JSON with object keys sorted, so equal bodies hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}

export interface BatchAnswer extends RecordResult {
  /** True when this is a stored answer to an earlier request with the same key. */
  replayed: boolean;
}

export async function recordBatch(
  store: Store,
  body: { values: readonly RecordItem[]; acceptWarnings?: RecordContext['acceptWarnings'] },
  ctx: Omit<RecordContext, 'acceptWarnings'> & { idempotencyKey?: string },
): Promise<BatchAnswer> {
  const now = ctx.now ?? new Date();
  const recordCtx: RecordContext = { ...ctx, now, ...(body.acceptWarnings ? { acceptWarnings: body.acceptWarnings } : {}) };
  const key = ctx.idempotencyKey;
  if (!key) return { ...(await inRetryingTransaction(store.db, (trx) => recordValuesIn(trx, body.values, recordCtx))), replayed: false };
  const caller = `${ctx.actor.kind}:${ctx.actor.name}`;
  const hash = requestHash(body);
  return inRetryingTransaction(store.db, async (trx) => {
    const stored = await findIdempotentAnswer(trx, caller, key, now);
    if (stored) {
      if (stored.requestHash !== hash) {
        throw new AppError('CONFLICT', 'Idempotency-Key đã dùng cho một yêu cầu khác / this Idempotency-Key was used with another body');
      }
      return { ...(stored.response as RecordResult), replayed: true };
    }
    const result = await recordValuesIn(trx, body.values, recordCtx);
    await storeIdempotentAnswer(trx, caller, key, { requestHash: hash, status: 200, response: result }, now);
    return { ...result, replayed: false };
  });
}
