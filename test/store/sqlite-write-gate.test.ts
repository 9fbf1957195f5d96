/**
 * The write gate of a SQLite file store (store/sqlite/write-gate.ts): while a worker thread holds SQLite's write
 * lock on its own connection, the server's writes wait asynchronously at the gate — holding no connection, so
 * reads go on and the event loop turns — instead of blocking inside better-sqlite3 for busy_timeout and failing
 * with SQLITE_BUSY. The "worker" here is a second connection that holds the lock, with the gate taken through
 * the same MessagePort protocol a worker uses.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.ts';
import { remoteWriteGate, type WriteGateHost } from '../../src/store/sqlite/write-gate.ts';

describe('the write gate of a SQLite file store', () => {
  let dir = '';
  let store: Store;
  let other: Database.Database;
  let gate: WriteGateHost;
  let channel: MessageChannel;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-gate-'));
    store = openStore(join(dir, 'db.sqlite'));
    await sql`create table t (x integer)`.execute(store.db);
    other = new Database(join(dir, 'db.sqlite'));
    gate = store.shareable?.()?.gate as WriteGateHost;
    channel = new MessageChannel();
    gate.serve(channel.port1);
  });
  afterEach(async () => {
    other.close();
    channel.port1.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const count = async () => Number((await sql<{ n: number }>`select count(*) as n from t`.execute(store.db)).rows[0]?.n);

  it('a server write waits while a worker writes; reads and the event loop go on; the write lands after', async () => {
    const leave = await remoteWriteGate(channel.port2).enter();
    other.exec('begin immediate; insert into t values (1)');
    const order: string[] = [];
    const write = sql`insert into t values (2)`.execute(store.db).then(() => order.push('write'));
    expect(await count()).toBe(0); // the last committed state
    order.push('read');
    await new Promise((resolve) => setImmediate(resolve));
    order.push('tick');
    expect([order, gate.heldByWorker]).toEqual([['read', 'tick'], true]);
    other.exec('commit');
    leave();
    await write;
    expect([order, await count()]).toEqual([['read', 'tick', 'write'], 2]);
  });

  it('a worker waits for the transaction under way; a server write that comes while it waits goes after it', async () => {
    const order: string[] = [];
    let finishTransaction!: () => void;
    const transaction = store.db.transaction().execute(async (trx) => {
      await sql`insert into t values (1)`.execute(trx);
      await new Promise<void>((resolve) => (finishTransaction = resolve));
      order.push('server transaction');
    });
    await new Promise((resolve) => setImmediate(resolve));
    const worker = remoteWriteGate(channel.port2)
      .enter()
      .then((leave) => {
        order.push('worker');
        other.exec('insert into t values (2)');
        leave();
      });
    await new Promise((resolve) => setImmediate(resolve));
    const later = sql`insert into t values (3)`.execute(store.db).then(() => order.push('server write'));
    finishTransaction();
    await Promise.all([transaction, worker, later]);
    expect(order).toEqual(['server transaction', 'worker', 'server write']);
    expect(await count()).toBe(3);
  });

  it('a read-only transaction does not wait; a worker that goes away gives the gate back', async () => {
    await remoteWriteGate(channel.port2).enter();
    other.exec('begin immediate; insert into t values (1)');
    const seen = await store.db
      .transaction()
      .setAccessMode('read only')
      .execute(async (trx) => Number((await sql<{ n: number }>`select count(*) as n from t`.execute(trx)).rows[0]?.n));
    expect(seen).toBe(0);
    const write = sql`insert into t values (2)`.execute(store.db);
    // The worker ends without a word (terminated, crashed): its transaction is rolled back and its port closes.
    other.exec('rollback');
    channel.port2.close();
    await write;
    expect([await count(), gate.heldByWorker]).toEqual([1, false]);
  });
});
