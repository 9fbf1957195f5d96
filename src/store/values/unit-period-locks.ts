/**
 * Serialises the writers of one (unit, period): the value write path and the workflow take these locks
 * before they read current values, locks (submissions) or rules, so a check and the write it allows are
 * never interleaved with another writer's of the same (unit, period). Without them, on PostgreSQL (READ
 * COMMITTED) two saves could each pass a rule such as "A <= B" against the other's old value, and a save
 * could land in a form that a concurrent submit is locking.
 *
 * PostgreSQL: transaction-scoped advisory locks (released at commit or rollback), in the single-bigint key
 * space (the login throttle uses the two-int space; the two never overlap). A (unit, period) key is
 * unitId · 2³² + fnv1a32(period); a whole period is the same with unit 0 (ids start at 1). Two levels:
 * - up to PAIR_LOCK_LIMIT distinct pairs: a SHARED lock on each period, then an EXCLUSIVE lock on each pair;
 * - more pairs (an import): an EXCLUSIVE lock on each period instead, which waits for and shuts out every
 *   writer of those periods. PostgreSQL's lock table holds max_locks_per_transaction × max_connections
 *   locks in all (6,400 by default; 20,000 advisory locks in one transaction fail with "out of shared
 *   memory"), so a batch of thousands of pairs must not lock each one. Such a batch already waits for the
 *   same aggregate rows (the province, the year) as every other writer of its periods, so it loses little.
 * Every transaction takes its period locks first, then its pair locks, each in ascending key order, and
 * takes no others: two writers never wait for each other in a cycle.
 *
 * SQLite: nothing to do. Kysely's SQLite driver has ONE connection per store behind a mutex held for the
 * whole transaction, so the transactions of a process run one after another. Another process on the same
 * file (the CLI beside the server) opens its transactions with a plain (deferred) BEGIN; in WAL mode a
 * transaction that has read and then writes after someone else's commit gets SQLITE_BUSY (snapshot), so it
 * fails rather than writes on what it read: SQLite transactions are serialisable.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface UnitPeriod {
  unitId: number;
  period: string;
}

/** Above this many distinct (unit, period) pairs a transaction locks whole periods instead. */
export const PAIR_LOCK_LIMIT = 256;

/** What was locked (for tests and logs). */
export interface UnitPeriodLocks {
  mode: 'none' | 'pairs' | 'periods';
  /** Distinct periods locked (shared in 'pairs' mode, exclusive in 'periods' mode). */
  periods: number;
  /** Distinct pairs locked exclusively ('pairs' mode only). */
  pairs: number;
}

/** 32-bit FNV-1a of the period id (ASCII): stable across processes, versions and dialects. */
export function periodHash(period: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < period.length; i++) {
    h ^= period.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The advisory-lock key of a (unit, period); unit 0 stands for the whole period. */
export function unitPeriodKey(unitId: number, period: string): bigint {
  if (!Number.isInteger(unitId) || unitId < 0 || unitId > 0x7fffffff) throw new RangeError(`unit id out of range: ${unitId}`);
  return (BigInt(unitId) << 32n) | BigInt(periodHash(period));
}

/**
 * Locks the (unit, period) pairs until the caller's transaction ends (see above). Call it once per
 * transaction, before reading what the writes depend on.
 */
export async function lockUnitPeriods(trx: Kysely<Database>, pairs: Iterable<UnitPeriod>): Promise<UnitPeriodLocks> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return { mode: 'none', periods: 0, pairs: 0 };
  const pairKeys = new Set<bigint>();
  const periodKeys = new Set<bigint>();
  for (const p of pairs) {
    pairKeys.add(unitPeriodKey(p.unitId, p.period));
    periodKeys.add(unitPeriodKey(0, p.period));
  }
  if (pairKeys.size === 0) return { mode: 'none', periods: 0, pairs: 0 };
  if (pairKeys.size > PAIR_LOCK_LIMIT) {
    await takeLocks(trx, periodKeys, 'exclusive');
    return { mode: 'periods', periods: periodKeys.size, pairs: 0 };
  }
  await takeLocks(trx, periodKeys, 'shared');
  await takeLocks(trx, pairKeys, 'exclusive');
  return { mode: 'pairs', periods: periodKeys.size, pairs: pairKeys.size };
}

/**
 * One statement for all the keys (distinct already: two periods with one hash share a key, which only
 * makes them wait for each other). ORDER BY puts the volatile lock call above the sort in the plan
 * (EXPLAIN VERBOSE: Result over Sort), so the locks are taken in ascending key order.
 */
async function takeLocks(trx: Kysely<Database>, keys: ReadonlySet<bigint>, mode: 'shared' | 'exclusive'): Promise<void> {
  const lock = mode === 'shared' ? sql`pg_advisory_xact_lock_shared(k)` : sql`pg_advisory_xact_lock(k)`;
  await sql`SELECT ${lock} FROM unnest(${[...keys].map(String)}::bigint[]) AS t(k) ORDER BY k`.execute(trx);
}
