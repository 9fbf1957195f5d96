/**
 * Every derived value recomputed from every registry, in one transaction: after a metadata load declares a new
 * derived element, after the demo fills the registries, or by an administrator (`dx-ioc registries refresh`,
 * POST /api/v1/registries/refresh). Idempotent: a second run writes nothing (every figure is unchanged).
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { authorize } from '../policy.ts';
import { refreshDerivedValues } from './derived-values.ts';
import { REGISTRY_COUNTERS } from './registry-counters.ts';

export interface RefreshReport {
  registries: Array<{ registry: string; created: number; updated: number; unchanged: number }>;
}

export async function refreshAllDerivedValues(store: Store, actor: Actor, now: Date = new Date()): Promise<RefreshReport> {
  authorize(actor, 'manage');
  return inRetryingTransaction(store.db, async (trx) => {
    const registries: RefreshReport['registries'] = [];
    for (const counter of REGISTRY_COUNTERS) {
      const { created, updated, unchanged } = await refreshDerivedValues(trx, counter, { unitCodes: null, now });
      registries.push({ registry: counter.registry, created, updated, unchanged });
    }
    return { registries };
  });
}
