import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { registerErrorHandler } from '../../src/server/error-handler.ts';
import { evidenceFilePath } from '../../src/store/evidence/files.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { createUser, login } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A multipart body with any number of fields and files, in the order given. */
function multipart2(parts: Array<{ name: string; value: string } | { name: string; file: string; content: Buffer }>) {
  const boundary = `----dxioc${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('file' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.file}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        part.content,
        Buffer.from('\r\n'),
      );
    } else chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const target = [
  { name: 'unit', value: '24611' },
  { name: 'period', value: '2023' },
  { name: 'element', value: 'FIBRE_VILLAGES' },
];

describeEachDialect('evidence: downloads and multipart limits', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  let headers: Record<string, string> = {};
  const post = (body: { payload: Buffer; headers: Record<string, string> }) =>
    app.inject({ method: 'POST', url: '/api/v1/evidence', payload: body.payload, headers: { ...headers, ...body.headers } });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-evidence-h-'));
    await seedFixtureDataset(ctx.store);
    await createUser(ctx.store, { username: 'bc', role: 'reporter', units: ['24611'] });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { evidenceDir: dir, evidenceMaxBytes: 4096 } });
    await app.ready();
    headers = (await login(app, 'bc')).headers;
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a stored file that has gone missing is 404 NOT_FOUND as JSON, without the download headers', async () => {
    const created = await post(multipart2([...target, { name: 'file', file: 'qd.pdf', content: PDF }]));
    expect(created.statusCode).toBe(201);
    const { id, file } = created.json() as { id: string; file: { sha256: string } };
    await unlink(evidenceFilePath(dir, file.sha256));
    const download = await app.inject({ url: `/api/v1/evidence/${id}/file`, headers });
    expect(download.statusCode).toBe(404);
    expect(download.json().error.code).toBe('NOT_FOUND');
    expect(download.headers['content-type']).toMatch(/^application\/json/);
    expect(download.headers['content-disposition']).toBeUndefined();
    expect(Number(download.headers['content-length'])).toBe(download.rawPayload.length);
  });

  it('two files in one upload, or too many fields, are 413 PAYLOAD_TOO_LARGE with a Vietnamese-first reason', async () => {
    const files = await post(multipart2([...target, { name: 'file', file: 'a.pdf', content: PDF }, { name: 'file2', file: 'b.pdf', content: PDF }]));
    expect([files.statusCode, files.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(files.json().error.details[0].message).toMatch(/^gửi quá nhiều tệp .* \/ too many files/);
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}`, value: 'x' }));
    const fields = await post(multipart2([...target, ...many, { name: 'file', file: 'a.pdf', content: PDF }]));
    expect([fields.statusCode, fields.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(fields.json().error.details[0].message).toMatch(/^gửi quá nhiều trường .* \/ too many form fields/);
  });
});

describe('multipart errors raised by the plugin', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    registerErrorHandler(app);
    await app.register(multipart, { limits: { parts: 2 } });
    app.post('/upload', async (request) => {
      let n = 0;
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          await part.toBuffer();
          n++;
        }
      }
      return { n };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('too many parts → 413; not multipart at all → 415 naming the type', async () => {
    const parts = multipart2([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
      { name: 'c', value: '3' },
    ]);
    const tooMany = await app.inject({ method: 'POST', url: '/upload', ...parts });
    expect([tooMany.statusCode, tooMany.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(tooMany.json().error.details[0].message).toMatch(/^gửi quá nhiều phần/);
    const json = await app.inject({ method: 'POST', url: '/upload', payload: { a: 1 } });
    expect([json.statusCode, json.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(json.json().error.message).toContain('application/json');
  });
});
