import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../src/server/error-handler.ts';
import { appError } from '../../src/domain/errors.ts';
import { receiveMultipartUpload } from '../../src/server/multipart-upload.ts';

class TooBig extends Error {}

function body(parts: Array<{ name: string; value: string } | { name: string; file: string; content: string }>) {
  const boundary = '----dxiocmultiparttest';
  const text = parts
    .map((p) =>
      'file' in p
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.file}"\r\nContent-Type: text/plain\r\n\r\n${p.content}\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`,
    )
    .join('');
  return { payload: Buffer.from(`${text}--${boundary}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('receiveMultipartUpload: the one loop behind every file upload', () => {
  let app: FastifyInstance;
  /** What the route's store kept and what the helper discarded, per request. */
  let stored: string[] = [];
  let discarded: string[] = [];
  let seenBeforeFile: Record<string, unknown> = {};

  beforeAll(async () => {
    app = Fastify();
    registerErrorHandler(app);
    await app.register(multipart, { limits: { files: 1, fields: 3, fieldSize: 100, fileSize: 10 } });
    app.post('/upload', async (request) => {
      const upload = await receiveMultipartUpload(request, {
        store: async (part, fieldsSoFar) => {
          seenBeforeFile = { ...fieldsSoFar };
          const content = (await part.toBuffer()).toString();
          if (content.startsWith('big')) throw new TooBig();
          stored.push(content);
          return content;
        },
        discard: async (file) => void discarded.push(file),
        isTooLarge: (error) => error instanceof TooBig,
      });
      if (upload.fields.fail === 'after') throw appError('CONFLICT', { reason: 'test' });
      return upload;
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });
  const post = async (parts: Parameters<typeof body>[0]) => {
    stored = [];
    discarded = [];
    seenBeforeFile = {};
    return app.inject({ method: 'POST', url: '/upload', ...body(parts) });
  };

  it('returns the fields, what the store kept and the file name as sent; the store sees the fields that came first', async () => {
    const res = await post([
      { name: 'dataset', value: 'DS' },
      { name: 'file', file: 'b.csv', content: 'x,y' },
      { name: 'period', value: '2024' },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ fields: { dataset: 'DS', period: '2024' }, file: 'x,y', fileName: 'b.csv' });
    expect(seenBeforeFile).toEqual({ dataset: 'DS' });
    expect(discarded).toEqual([]);
  });

  it('no file part: file is null', async () => {
    const res = await post([{ name: 'dataset', value: 'DS' }]);
    expect(res.json()).toEqual({ fields: { dataset: 'DS' }, file: null, fileName: '' });
  });

  it("a file over the plugin's limit, or one the store calls too large, is 413 PAYLOAD_TOO_LARGE and nothing is kept", async () => {
    const overLimit = await post([{ name: 'file', file: 'f.txt', content: '0123456789ABC' }]);
    expect([overLimit.statusCode, overLimit.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(stored).toEqual([]);
    const storeSaysBig = await post([{ name: 'file', file: 'f.txt', content: 'big' }]);
    expect([storeSaysBig.statusCode, storeSaysBig.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('a part failing after the file was stored discards that file', async () => {
    const res = await post([
      { name: 'file', file: 'f.txt', content: 'ok' },
      { name: 'note', value: 'a\u0000b' },
    ]);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'BAD_REQUEST']);
    expect(res.json().error.message).toContain('note');
    expect(stored).toEqual(['ok']);
    expect(discarded).toEqual(['ok']);
  });

  it("a field over the plugin's fieldSize is 413 naming the field, never cut short silently (a file stored before it is discarded)", async () => {
    const long = await post([
      { name: 'file', file: 'f.txt', content: 'ok' },
      { name: 'comment', value: 'x'.repeat(101) },
    ]);
    expect([long.statusCode, long.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(long.json().error.details).toEqual([{ field: 'comment', message: expect.stringContaining('dài quá giới hạn') }]);
    expect(discarded).toEqual(['ok']);
    // At the limit it is kept whole.
    const exact = await post([{ name: 'comment', value: 'x'.repeat(100) }]);
    expect([exact.statusCode, (exact.json().fields.comment as string).length]).toEqual([200, 100]);
  });

  it('a NUL in the file name is refused before the store is called', async () => {
    const res = await post([{ name: 'file', file: 'a\u0000.csv', content: 'ok' }]);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'BAD_REQUEST']);
    expect(stored).toEqual([]);
  });
});
