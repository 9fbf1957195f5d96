import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { housekeepingTotal, runHousekeeping, type HousekeepingReport } from '../../src/app/housekeeping/run.ts';
import { writeAudit } from '../../src/store/audit.ts';
import { LOGIN_ATTEMPT_RETENTION_MS, LOGIN_LIMITS } from '../../src/store/auth/login-attempts.ts';
import { hashSecret } from '../../src/store/auth/secrets.ts';
import { findSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/store/auth/sessions.ts';
import { insertUser } from '../../src/store/auth/users.ts';
import { hashPassword } from '../../src/domain/password.ts';
import { findIdempotentAnswer, IDEMPOTENCY_TTL_HOURS, storeIdempotentAnswer } from '../../src/store/collection/idempotency.ts';
import {
  claimImportJob,
  createImportJob,
  getImportJob,
  updateImportJob,
  UNCOMMITTED_IMPORT_RETENTION_MS,
  type ImportStatus,
} from '../../src/store/imports/repo.ts';
import { ORPHAN_UPLOAD_RETENTION_MS } from '../../src/store/imports/files.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const NOW = new Date('2025-09-01T08:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number): Date => new Date(NOW.getTime() - ms);

describeEachDialect('housekeeping sweeps', (ctx) => {
  let dir = '';
  const paths: Record<string, string> = {};
  let first: HousekeepingReport;

  /** An upload file named as the server names them, with its modification time set. */
  async function uploadFile(label: string, modifiedAgoMs: number): Promise<string> {
    const path = join(dir, `${randomUUID()}.upload`);
    await writeFile(path, `tệp ${label}`);
    const at = ago(modifiedAgoMs);
    await utimes(path, at, at);
    paths[label] = path;
    return path;
  }

  /** A job in `status`, whose last move was `agoMs` before NOW. */
  async function importJob(id: string, status: ImportStatus, agoMs: number, storedFile: string): Promise<void> {
    const at = ago(agoMs);
    await createImportJob(ctx.store.db, { id, datasetCode: 'CDS_XA', period: '2024', fileName: `${id}.xlsx`, storedFile, createdBy: 'bc' }, at);
    if (status === 'reading') return;
    await updateImportJob(
      ctx.store.db,
      id,
      { status: status === 'committing' ? 'ready' : status, ...(status === 'committed' ? { storedFile: null } : {}) },
      at,
    );
    if (status === 'committing') expect(await claimImportJob(ctx.store.db, id, 'ready', 'committing', at)).toBe(true);
  }

  async function sessionRow(id: string, userId: number, createdAgoMs: number, lastSeenAgoMs: number): Promise<void> {
    await ctx.store.db
      .insertInto('sessions')
      .values({ idHash: hashSecret(id), userId, createdAt: ago(createdAgoMs).toISOString(), lastSeenAt: ago(lastSeenAgoMs).toISOString() })
      .execute();
  }

  const count = async (table: 'sessions' | 'loginAttempts' | 'idempotencyKeys' | 'auditEvents'): Promise<number> =>
    Number(
      (
        await ctx.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const exists = async (path: string): Promise<boolean> => (await readdir(dir)).includes(path.slice(dir.length + 1));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-housekeeping-'));
    const db = ctx.store.db;

    // The user row only (the repository's insert, no use case): the audit trail holds just the event below.
    const passwordHash = await hashPassword('mat-khau-du-dai-2025');
    await insertUser(db, { username: 'lanhdao', role: 'viewer', displayName: null, passwordHash }, [], ago(30 * 24 * HOUR));
    const { id: userId } = await db.selectFrom('users').select('id').where('username', '=', 'lanhdao').executeTakeFirstOrThrow();
    await sessionRow('idle-expired', userId, 13 * HOUR, SESSION_IDLE_MS + MINUTE);
    await sessionRow('absolute-expired', userId, SESSION_ABSOLUTE_MS + MINUTE, MINUTE); // in use a minute ago, but a week old
    await sessionRow('live', userId, SESSION_ABSOLUTE_MS - HOUR, SESSION_IDLE_MS - HOUR);

    const answer = { requestHash: 'h', status: 200, response: { created: 1 } };
    await storeIdempotentAnswer(db, 'user:bc', 'key-expired', answer, ago((IDEMPOTENCY_TTL_HOURS + 1) * HOUR));
    await storeIdempotentAnswer(db, 'user:bc', 'key-live', answer, ago((IDEMPOTENCY_TTL_HOURS - 1) * HOUR));

    for (const [ip, agoMs] of [
      ['10.0.0.1', LOGIN_ATTEMPT_RETENTION_MS + MINUTE],
      ['10.0.0.2', LOGIN_ATTEMPT_RETENTION_MS - MINUTE],
      ['10.0.0.3', LOGIN_LIMITS.windowMs - MINUTE],
    ] as const) {
      await db
        .insertInto('loginAttempts')
        .values({ username: 'lanhdao', ip, attemptedAt: ago(agoMs).toISOString() })
        .execute();
    }

    const old = UNCOMMITTED_IMPORT_RETENTION_MS + HOUR;
    const recent = UNCOMMITTED_IMPORT_RETENTION_MS - HOUR;
    await importJob('old-ready', 'ready', old, await uploadFile('old-ready', old));
    await importJob('old-reading-file-gone', 'reading', old, join(dir, `${randomUUID()}.upload`)); // its file vanished already
    await importJob('old-invalid', 'invalid', old, await uploadFile('old-invalid', old)); // 'invalid' drops its file at once
    await importJob('recent-ready', 'ready', recent, await uploadFile('recent-ready', old)); // an old file, but the job moved recently
    await importJob('old-committed', 'committed', 30 * 24 * HOUR, join(dir, `${randomUUID()}.upload`)); // a commit deletes its file
    await importJob('old-committing', 'committing', old, await uploadFile('old-committing', old));
    await uploadFile('orphan-old', ORPHAN_UPLOAD_RETENTION_MS + MINUTE);
    await uploadFile('orphan-recent', ORPHAN_UPLOAD_RETENTION_MS - HOUR);
    await writeFile(join(dir, 'ghi-chu.txt'), 'not ours'); // a name the server never gives
    await utimes(join(dir, 'ghi-chu.txt'), ago(old), ago(old));

    await writeAudit(
      db,
      [
        {
          actor: { name: 'bc', kind: 'user' },
          source: 'import',
          via: 'old-committed.xlsx',
          entity: 'data_value',
          entityKey: 'X|24611|2024',
          action: 'create',
          after: { value: 1 },
        },
      ],
      ago(old),
    );

    first = await runHousekeeping(ctx.store, { now: NOW, importsDir: dir });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('reports what it deleted', () => {
    expect(first).toEqual({
      idempotencyKeys: 1,
      sessions: 2,
      loginAttempts: 1,
      imports: 3,
      importFiles: 1, // old-ready's; old-invalid had none left, old-reading's was already gone
      importFileFailures: 0,
      orphanUploads: 1, // orphan-old
      stalledCommits: 1,
      taskNotifications: 0,
    });
    expect(housekeepingTotal(first)).toBe(1 + 2 + 1 + 3 + 1 + 1);
  });

  it('sessions: the expired go, the live one still signs in', async () => {
    expect(await count('sessions')).toBe(1);
    expect(await findSession(ctx.store.db, 'live', NOW)).toMatchObject({ actor: { name: 'lanhdao' } });
    expect(await findSession(ctx.store.db, 'idle-expired', NOW)).toBeNull();
  });

  it('idempotency keys: the expired one goes, the one within 24 h still answers', async () => {
    expect(await count('idempotencyKeys')).toBe(1);
    expect(await findIdempotentAnswer(ctx.store.db, 'user:bc', 'key-live', NOW)).toMatchObject({ status: 200, response: { created: 1 } });
  });

  it('login attempts: only those past the retention go; none within the rate-limit window', async () => {
    expect(LOGIN_ATTEMPT_RETENTION_MS).toBeGreaterThanOrEqual(LOGIN_LIMITS.windowMs);
    const left = await ctx.store.db.selectFrom('loginAttempts').select('ip').orderBy('ip').execute();
    expect(left.map((r) => r.ip)).toEqual(['10.0.0.2', '10.0.0.3']);
  });

  it('imports: uncommitted jobs past 24 h go with their files; recent, committed and stalled commits stay', async () => {
    const left = await ctx.store.db.selectFrom('imports').select(['id', 'status']).orderBy('id').execute();
    expect(left).toEqual([
      { id: 'old-committed', status: 'committed' },
      { id: 'old-committing', status: 'committing' },
      { id: 'recent-ready', status: 'ready' },
    ]);
    expect(await getImportJob(ctx.store.db, 'old-ready')).toBeNull();
    expect(await exists(paths['old-ready']!)).toBe(false);
    expect(await exists(paths['recent-ready']!)).toBe(true);
    expect(await exists(paths['old-committing']!)).toBe(true);
  });

  it('uploads no job names: old ones go, recent ones and files not named like uploads stay', async () => {
    expect(await exists(paths['orphan-old']!)).toBe(false);
    expect(await exists(paths['orphan-recent']!)).toBe(true);
    expect((await readdir(dir)).includes('ghi-chu.txt')).toBe(true);
  });

  it('the audit trail is untouched', async () => {
    expect(await count('auditEvents')).toBe(1);
  });

  it('running again deletes nothing and changes nothing', async () => {
    const before = await readdir(dir);
    const again = await runHousekeeping(ctx.store, { now: NOW, importsDir: dir });
    expect(again).toEqual({
      idempotencyKeys: 0,
      sessions: 0,
      loginAttempts: 0,
      imports: 0,
      importFiles: 0,
      importFileFailures: 0,
      orphanUploads: 0,
      stalledCommits: 1,
      taskNotifications: 0,
    });
    expect(housekeepingTotal(again)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(before.sort());
    expect(await count('sessions')).toBe(1);
  });

  it('a missing imports directory is not an error', async () => {
    const report = await runHousekeeping(ctx.store, { now: NOW, importsDir: join(dir, 'chua-co') });
    expect(report.orphanUploads).toBe(0);
  });
});
