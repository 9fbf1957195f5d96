import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/store/auth/secrets.ts';
import { addUser } from '../../src/app/auth/users.ts';
import { CLI_ACTOR } from '../../src/app/policy.ts';
import { openStore } from '../../src/store/db.ts';
import { storeIdempotentAnswer } from '../../src/store/collection/idempotency.ts';
import { createImportJob, updateImportJob } from '../../src/store/imports/repo.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-housekeeping-cli-'));
const db = join(dir, 'store.sqlite');
const importsDir = join(dir, 'imports');
const HOUR = 3600_000;
const DAY = 24 * HOUR;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DX_IOC_IMPORTS_DIR: importsDir };
    delete env.DATABASE_URL;
    execFile(process.execPath, [join(ROOT, 'bin', 'dx-ioc.js'), ...args, '--db', db], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function withDb<T>(fn: (store: ReturnType<typeof openStore>) => Promise<T>): Promise<T> {
  const store = openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const staleUpload = join(importsDir, `${randomUUID()}.upload`);
const freshUpload = join(importsDir, `${randomUUID()}.upload`);

beforeAll(async () => {
  mkdirSync(importsDir);
  writeFileSync(staleUpload, 'a,b\n1,2\n');
  writeFileSync(freshUpload, 'a,b\n1,2\n');
  // The command runs on the real clock: everything is placed relative to it.
  const ago = (ms: number): Date => new Date(Date.now() - ms);
  await withDb(async (store) => {
    await migrateToLatest(store);
    await addUser(store, { actor: CLI_ACTOR }, { username: 'lanhdao', role: 'viewer', password: 'mat-khau-du-dai-2025' });
    const { id: userId } = await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    for (const [id, created] of [
      ['cu', 8 * DAY],
      ['moi', HOUR],
    ] as const) {
      const at = ago(created).toISOString();
      await store.db
        .insertInto('sessions')
        .values({ idHash: hashSecret(id), userId, createdAt: at, lastSeenAt: at })
        .execute();
    }
    await storeIdempotentAnswer(store.db, 'user:lanhdao', 'k1', { requestHash: 'h', status: 200, response: {} }, ago(2 * DAY));
    await store.db
      .insertInto('loginAttempts')
      .values({ username: 'lanhdao', ip: '10.0.0.1', attemptedAt: ago(2 * HOUR).toISOString() })
      .execute();
    const job = (id: string, storedFile: string) => ({ id, datasetCode: 'CDS_XA', period: '2024', fileName: `${id}.csv`, storedFile, createdBy: 'lanhdao' });
    await createImportJob(store.db, job('stale', staleUpload), ago(2 * DAY));
    await updateImportJob(store.db, 'stale', { status: 'ready' }, ago(2 * DAY));
    await createImportJob(store.db, job('fresh', freshUpload), ago(HOUR));
    await createImportJob(store.db, job('done', join(importsDir, 'gone.upload')), ago(30 * DAY));
    await updateImportJob(store.db, 'done', { status: 'committed', storedFile: null }, ago(30 * DAY));
  });
  utimesSync(staleUpload, ago(2 * DAY), ago(2 * DAY));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dx-ioc housekeeping (SQLite file, child process)', () => {
  it('deletes what has expired, prints the counts in Vietnamese and English, and keeps the rest', async () => {
    const run = await cli(['housekeeping']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Đã dọn dẹp / housekeeping done:');
    expect(run.stdout).toContain('Phiên đăng nhập hết hạn / expired sessions: 1');
    expect(run.stdout).toContain('Khoá Idempotency-Key hết hạn / expired idempotency keys: 1');
    expect(run.stdout).toContain('Lượt đăng nhập cũ / old login attempts: 1');
    expect(run.stdout).toContain('uncommitted imports older than 24 h: 1 (tệp đã xoá / files deleted: 1)');
    expect(run.stdout).toContain('orphaned upload files: 0');

    expect(existsSync(staleUpload)).toBe(false);
    expect(existsSync(freshUpload)).toBe(true);
    await withDb(async (store) => {
      expect((await store.db.selectFrom('imports').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['done', 'fresh']);
      expect((await store.db.selectFrom('sessions').select('idHash').execute()).map((r) => r.idHash)).toEqual([hashSecret('moi')]);
    });
  });

  it('a second run finds nothing to delete', async () => {
    const run = await cli(['housekeeping']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/: 0\b/g)).toHaveLength(7); // five counts, the files of the imports and the tasks' notifications (none to send)
    expect(existsSync(freshUpload)).toBe(true);
  });
});
