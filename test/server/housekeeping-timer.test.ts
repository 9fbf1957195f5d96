import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { hashSecret } from '../../src/store/auth/secrets.ts';
import { SESSION_ABSOLUTE_MS } from '../../src/store/auth/sessions.ts';
import { addUser } from '../../src/app/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import type { Store } from '../../src/store/db.ts';
import { openFreshStore } from '../helpers/stores.ts';

const NOW = new Date('2025-09-01T08:00:00.000Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The timer is the same on both dialects (the sweeps themselves are tested on both in test/store/housekeeping.test.ts).
describe('server housekeeping timer [sqlite]', () => {
  let store: Store;
  let userId = 0;
  let next = 0;
  const importsDir = '/nonexistent/dx-ioc-housekeeping-timer';

  /** Adds a session past its absolute expiry; returns its id. */
  async function expiredSession(): Promise<string> {
    const id = `expired-${next++}`;
    const at = new Date(NOW.getTime() - SESSION_ABSOLUTE_MS - 60_000).toISOString();
    await store.db
      .insertInto('sessions')
      .values({ idHash: hashSecret(id), userId, createdAt: at, lastSeenAt: at })
      .execute();
    return id;
  }
  const present = async (id: string): Promise<boolean> =>
    (await store.db.selectFrom('sessions').select('idHash').where('idHash', '=', hashSecret(id)).executeTakeFirst()) !== undefined;

  async function waitUntilGone(id: string): Promise<void> {
    const deadline = Date.now() + 5000;
    while (await present(id)) {
      if (Date.now() > deadline) throw new Error(`session ${id} was never swept`);
      await sleep(20);
    }
  }

  beforeAll(async () => {
    store = (await openFreshStore('sqlite'))!;
    await addUser(store, { actor: CLI_ACTOR }, { username: 'lanhdao', role: 'viewer', password: 'mat-khau-du-dai-2025' });
    userId = (await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => store.close());

  it('is off by default: an app built without it leaves expired rows alone', async () => {
    const id = await expiredSession();
    const app = buildApp({ store, now: () => NOW, files: { importsDir } });
    await app.ready();
    await sleep(200);
    await app.close();
    expect(await present(id)).toBe(true);
    await store.db.deleteFrom('sessions').execute();
  });

  it('sweeps when the app is ready, again on every tick, and stops when the app closes', async () => {
    const atStart = await expiredSession();
    const app = buildApp({ store, now: () => NOW, files: { importsDir }, housekeeping: { everyMs: 50 } });
    await app.ready();
    await waitUntilGone(atStart);
    const onTick = await expiredSession();
    await waitUntilGone(onTick);
    await app.close();
    const afterClose = await expiredSession();
    await sleep(200);
    expect(await present(afterClose)).toBe(true);
    await store.db.deleteFrom('sessions').execute();
  });

  it('logs a failed run and keeps serving', async () => {
    const lines: string[] = [];
    // A file where the imports directory should be: the orphan sweep cannot list it.
    const app = buildApp({
      store,
      now: () => NOW,
      files: { importsDir: import.meta.filename },
      housekeeping: { everyMs: 60_000 },
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    await app.ready();
    const deadline = Date.now() + 5000;
    while (!lines.some((l) => l.includes('housekeeping failed')) && Date.now() < deadline) await sleep(20);
    expect(lines.some((l) => l.includes('housekeeping failed') && l.includes('ENOTDIR'))).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    await app.close();
  });
});
