/**
 * The prepared-statement cache of the SQLite driver (store/sqlite/write-gate.ts StatementCache): the same SQL gets
 * the same statement, a statement in use by a stream is never handed out twice, the least recently used goes
 * first past the size, and a kept statement still answers after the schema changed.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatementCache } from '../../src/store/sqlite/write-gate.ts';

describe('the SQLite statement cache', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('create table t (x integer); insert into t values (1), (2), (3)');
  });
  afterEach(() => db.close());

  it('hands out the kept statement for the same SQL, a fresh one while the kept one is busy', () => {
    const cache = new StatementCache(10);
    const a = cache.get(db, 'select x from t order by x');
    expect(cache.get(db, 'select x from t order by x')).toBe(a);
    const rows = a.iterate();
    rows.next(); // a is busy until the iteration ends
    const b = cache.get(db, 'select x from t order by x');
    expect(b).not.toBe(a);
    expect(b.all()).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    rows.return?.();
  });

  it('drops the least recently used statement past its size', () => {
    const cache = new StatementCache(2);
    const one = cache.get(db, 'select 1 as v');
    const two = cache.get(db, 'select 2 as v');
    expect(cache.get(db, 'select 1 as v')).toBe(one); // now 'select 2' is the oldest
    cache.get(db, 'select 3 as v');
    expect(cache.get(db, 'select 1 as v')).toBe(one);
    expect(cache.get(db, 'select 2 as v')).not.toBe(two);
  });

  it('keeps answering right after the schema changed', () => {
    const cache = new StatementCache(10);
    expect(cache.get(db, 'select * from t where x = 2').all()).toEqual([{ x: 2 }]);
    db.exec('alter table t add column y text');
    expect(cache.get(db, 'select * from t where x = 2').all()).toEqual([{ x: 2, y: null }]);
  });
});
