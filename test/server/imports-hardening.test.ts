import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { getImportJob } from '../../src/store/imports/repo.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { createToken, createUser, login } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const fixtures = join(import.meta.dirname, '../fixtures/spreadsheets');

describeEachDialect('imports: ownership by kind, stale uploads, checks before the upload', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  const as: Record<string, Record<string, string>> = {};
  const upload = async (headers: Record<string, string>, fixture: string, fields: Record<string, string> = { dataset: 'CDS_XA', period: '2023' }) => {
    const body = multipartBody(fields, { field: 'file', name: fixture, content: await readFile(join(fixtures, fixture)) });
    return app.inject({ method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...headers, ...body.headers } });
  };
  const storedUploads = async () => (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.upload'));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-imports-h-'));
    await seedFixtureDataset(ctx.store);
    await createUser(ctx.store, { username: 'admin', role: 'admin' });
    await createUser(ctx.store, { username: 'tinh', role: 'reporter', units: ['67'] });
    await createUser(ctx.store, { username: 'xem', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { importsDir: dir } });
    await app.ready();
    for (const who of ['admin', 'tinh', 'xem']) as[who] = (await login(app, who)).headers;
    // A source system's token that happens to share the user's name.
    as.token = { authorization: `Bearer ${await createToken(ctx.store, { name: 'tinh', units: ['67'] })}` };
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("a token named like a user can neither read nor commit that user's import; the user and an admin can", async () => {
    const preview = await upload(as.tinh!, 'libreoffice-merged-headers.xlsx');
    expect(preview.statusCode).toBe(201);
    const { importId } = preview.json() as { importId: string };
    expect((await getImportJob(ctx.store.db, importId))?.createdByKind).toBe('user');
    const url = `/api/v1/imports/${importId}`;
    const read = await app.inject({ url, headers: as.token });
    expect([read.statusCode, read.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const commit = await app.inject({ method: 'POST', url: `${url}/commit`, headers: as.token });
    expect([commit.statusCode, commit.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await app.inject({ url, headers: as.tinh })).statusCode).toBe(200);
    expect((await app.inject({ url, headers: as.admin })).statusCode).toBe(200);
  });

  it('an upload that ends invalid has its stored file deleted at once', async () => {
    const before = await storedUploads();
    const response = await upload(as.admin!, 'text-in-number.csv');
    expect(response.statusCode).toBe(201);
    const { importId, status } = response.json() as { importId: string; status: string };
    expect(status).toBe('invalid');
    expect((await getImportJob(ctx.store.db, importId))?.storedFile).toBeNull();
    expect(await storedUploads()).toEqual(before);
  });

  it('fields before the file: a caller who may write no unit of the dataset is refused before the file is read', async () => {
    const before = await storedUploads();
    // The form is cut before its closing boundary: the file part arrives but reading it fails; refusing first answers without reading it.
    const cut = async (headers: Record<string, string>, fields: Record<string, string>) => {
      const body = multipartBody(fields, { field: 'file', name: 'x.csv', content: Buffer.from('ma,ten\n') });
      return app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: body.payload.subarray(0, body.payload.length - 10),
        headers: { ...headers, ...body.headers },
      });
    };
    const viewer = await cut(as.xem!, { dataset: 'CDS_XA', period: '2023' });
    expect([viewer.statusCode, viewer.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const unknown = await cut(as.tinh!, { dataset: 'NOPE', period: '2023' });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
    // Allowed, so the file is read: the cut form is the client's fault (400), never a 500.
    const allowed = await cut(as.tinh!, { dataset: 'CDS_XA', period: '2023' });
    expect([allowed.statusCode, allowed.json().error.code]).toEqual([400, 'BAD_REQUEST']);
    expect(await storedUploads()).toEqual(before);
  });
});
