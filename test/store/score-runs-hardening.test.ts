import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../helpers/stores.ts';
import { listRunResults, publishRun, saveRun, type NewRun } from '../../src/store/frameworks/score-runs.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.ts';
import type { RunOptions, UnitResult } from '../../src/domain/frameworks/run-types.ts';

const result = (code: string, score: number): UnitResult => ({
  unitCode: code,
  unitName: code,
  points: score * 100,
  maxPoints: 100,
  score,
  rank: 1,
  rankChange: null,
  grade: null,
  mainIndices: [],
  pillars: [],
  components: [],
  missing: [],
  predecessors: null,
});

let edition = 0;
async function newRunKey(db: Kysely<Database>): Promise<Omit<NewRun, 'results'>> {
  const at = new Date().toISOString();
  const code = `F${++edition}`;
  const fw = await db
    .insertInto('frameworks')
    .values({ code, name: code, nameEn: code, level: 'province', description: null, createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ed = await db
    .insertInto('frameworkEditions')
    .values({
      frameworkId: fw.id,
      edition: '2024',
      name: 'e',
      legalBasis: 'x',
      validFrom: '2024-01-01',
      validTo: null,
      note: null,
      definition: '{}',
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    editionId: ed.id,
    level: 'province',
    period: '2024',
    options: { at: '2024-12-31' } as unknown as RunOptions,
    definition: '{}',
    compareRunId: null,
    createdBy: 'a',
  };
}

const scores = async (db: Kysely<Database>, runId: number) => (await listRunResults(db, runId)).map((r) => r.score);

describeEachDialect('score runs: a published run is never rewritten', (ctx) => {
  let key: Omit<NewRun, 'results'>;
  beforeEach(async () => {
    key = await newRunKey(ctx.store.db);
  });

  it('a publish between reading the latest revision and writing makes the recompute a new revision', async () => {
    const db = ctx.store.db;
    const draft = await saveRun(db, { ...key, results: [result('67', 0.5)] });
    let published = false;
    const recomputed = await saveRun(db, { ...key, createdBy: 'admin', results: [result('67', 0.9)] }, new Date(), {
      afterRead: async (trx) => {
        published = (await publishRun(trx, draft.id, 'approver')) !== null;
      },
    });
    expect(published).toBe(true);
    expect(recomputed.id).not.toBe(draft.id);
    expect(recomputed.revision).toBe(2);
    expect(recomputed.status).toBe('draft');
    expect(await scores(db, draft.id)).toEqual([0.5]);
    expect(await scores(db, recomputed.id)).toEqual([0.9]);
  });

  it('recomputing a draft that is still a draft rewrites it in place', async () => {
    const db = ctx.store.db;
    const draft = await saveRun(db, { ...key, results: [result('67', 0.5)] });
    const again = await saveRun(db, { ...key, results: [result('67', 0.7)] });
    expect(again.id).toBe(draft.id);
    expect(again.revision).toBe(1);
    expect(await scores(db, draft.id)).toEqual([0.7]);
  });

  if (ctx.dialect === 'postgres') {
    it('PostgreSQL: a publish queued before a recompute on the same row wins, the recompute writes revision 2', async () => {
      const db = ctx.store.db;
      const draft = await saveRun(db, { ...key, results: [result('67', 0.5)] });
      const waiting = async () =>
        Number(
          (await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db))
            .rows[0]!.n,
        );
      const until = async (n: number) => {
        for (let i = 0; i < 500 && (await waiting()) < n; i++) await new Promise((r) => setTimeout(r, 10));
        expect(await waiting()).toBe(n);
      };
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      // A third session holds the run row, so publish and recompute queue behind it in that order.
      const holder = db.connection().execute(async (conn) => {
        await sql`BEGIN`.execute(conn);
        await sql`SELECT id FROM score_runs WHERE id = ${draft.id} FOR UPDATE`.execute(conn);
        locked();
        await gate;
        await sql`COMMIT`.execute(conn);
      });
      await isLocked;
      const publish = publishRun(db, draft.id, 'approver');
      await until(1);
      const recompute = saveRun(db, { ...key, createdBy: 'admin', results: [result('67', 0.9)] });
      await until(2);
      release();
      const [p, s] = await Promise.all([publish, recompute, holder]);
      expect(p?.status).toBe('published');
      expect(s.revision).toBe(2);
      expect(await scores(db, draft.id)).toEqual([0.5]);
      expect(await scores(db, s.id)).toEqual([0.9]);
    });
  }
});
