import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect } from '../helpers/stores.ts';
import { createUser, login } from '../helpers/auth.ts';
import { recomputeAll } from '../../src/compute/aggregates/recompute.ts';
import { buildFixture, writeLive } from '../store/compute-fixture.ts';

/**
 * Kept answers of the read routes (app/changes/answer-cache.ts, server/answer-cache-hooks.ts): the second
 * identical question is answered from memory, any write — in this process or another connection — makes the
 * next answer fresh, callers who may see different things never share an answer, and a new day starts afresh.
 */
/** How long a change mark is reused (app/changes/answer-cache.ts): writes of another connection show after it. */
const MARK_FRESH_MS = 110;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDialect('server: answers kept until the next write', (ctx) => {
  let app: FastifyInstance;
  let ids: Awaited<ReturnType<typeof buildFixture>>;
  let today = '2026-01-15';
  const as: Record<string, Record<string, string>> = {};
  const url = '/api/v1/analytics?indicator=RATIO&unit=A&period=202301';
  const get = (who: string, path = url) => app.inject({ method: 'GET', url: path, headers: as[who] });
  const valueOf = (response: { json: () => { rows: Array<{ value: number | null }> } }) => response.json().rows[0]!.value;

  beforeAll(async () => {
    ids = await buildFixture(ctx.store.db);
    await recomputeAll(ctx.store, { today });
    await writeLive(ctx.store.db, ids, [
      ['NUM', 'C1', '202301', 1],
      ['DEN', 'C1', '202301', 1],
      ['NUM', 'C2', '202301', 0],
      ['DEN', 'C2', '202301', 3],
    ]);
    app = buildApp({ store: ctx.store, today: () => today });
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'admin2', role: 'admin' });
    await createUser(ctx.store, { username: 'bc_a', role: 'reporter', units: ['A'] });
    await createUser(ctx.store, { username: 'bc_b', role: 'reporter', units: ['B'] });
    for (const user of ['admin', 'admin2', 'bc_a', 'bc_b']) as[user] = (await login(app, user)).headers;
  });
  afterAll(async () => app?.close());

  it('answers the same question again from memory, the same bytes, to anyone who may see the same', async () => {
    const first = await get('admin');
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-answer-cache']).toBe('miss');
    const again = await get('admin2'); // another admin: same visibility, same answer
    expect(again.headers['x-answer-cache']).toBe('hit');
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.headers['x-content-type-options']).toBe('nosniff'); // the security headers still go out
  });

  it('never shares an answer across callers who may see different things, and never keeps a refusal', async () => {
    expect((await get('bc_a')).headers['x-answer-cache']).toBe('miss'); // a reporter of A: its own key
    const refused = await get('bc_b');
    expect(refused.statusCode).toBe(403);
    expect((await get('bc_b')).statusCode).toBe(403);
    expect((await get('bc_a')).headers['x-answer-cache']).toBe('hit');
  });

  it('answers afresh after a value is written by another connection (no audit, a new value version), within 100 ms', async () => {
    const before = await get('admin');
    expect(before.headers['x-answer-cache']).toBe('hit');
    await writeLive(ctx.store.db, ids, [['NUM', 'C2', '202301', 3]]);
    await sleep(MARK_FRESH_MS);
    const after = await get('admin');
    expect(after.headers['x-answer-cache']).toBe('miss');
    expect(valueOf(after)).not.toBe(valueOf(before));
    expect(valueOf(after)).toBe(100); // (1 + 3) / (1 + 3)
  });

  it('answers afresh after a recompute (audited) and on a new day', async () => {
    expect((await get('admin')).headers['x-answer-cache']).toBe('hit');
    await recomputeAll(ctx.store, { today, requestedBy: 'admin' });
    await sleep(MARK_FRESH_MS);
    expect((await get('admin')).headers['x-answer-cache']).toBe('miss');
    expect((await get('admin')).headers['x-answer-cache']).toBe('hit');
    today = '2026-01-16';
    expect((await get('admin')).headers['x-answer-cache']).toBe('miss');
  });

  it('reads its own write at once: a value written through the API is in the very next answer', async () => {
    expect((await get('admin')).headers['x-answer-cache']).toBe('hit');
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/data-values',
      headers: as.admin,
      payload: { values: [{ dataElement: 'NUM', unit: 'C2', period: '202301', value: 1 }] },
    });
    expect(write.statusCode, write.body).toBe(200);
    const after = await get('admin');
    expect(after.headers['x-answer-cache']).toBe('miss');
    expect(valueOf(after)).toBe(50); // (1 + 1) / (1 + 3)
  });

  it('computes a question asked by many at once once; the others wait for that answer', async () => {
    await writeLive(ctx.store.db, ids, [['NUM', 'C2', '202301', 2]]);
    await sleep(MARK_FRESH_MS);
    const answers = await Promise.all(Array.from({ length: 6 }, () => get('admin')));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.headers['x-answer-cache'] === 'miss')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('is not used by routes that did not opt in', async () => {
    const me = await get('admin', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['x-answer-cache']).toBeUndefined();
  });
});
