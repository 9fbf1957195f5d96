import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { sniffEvidenceType } from '../../src/store/evidence/sniff.ts';
import { contentDisposition } from '../../src/server/schemas/import-evidence-schemas.ts';
import { multipartBody } from '../fixtures/spreadsheets/multipart.ts';
import { seedFixtureDataset } from '../fixtures/spreadsheets/seed-store.ts';
import { storedZip } from '../fixtures/spreadsheets/tiny-zip.ts';
import { createUser, login } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
const DOCX = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const LIMIT = 4096;

describe('evidence file types', () => {
  it('content and extension must agree and be on the allow-list', () => {
    const tail = (b: Buffer) => b.subarray(-65536);
    expect(sniffEvidenceType(PDF, tail(PDF), 'qd.pdf')).toMatchObject({ ext: 'pdf', mediaType: 'application/pdf' });
    expect(sniffEvidenceType(DOCX, tail(DOCX), 'Báo cáo.DOCX')).toMatchObject({ ext: 'docx' });
    expect(sniffEvidenceType(PNG, tail(PNG), 'anh.jpg')).toHaveProperty('error');
    expect(sniffEvidenceType(EXE, tail(EXE), 'qd.pdf')).toMatchObject({ error: expect.stringMatching(/thực thi/) });
    expect(sniffEvidenceType(Buffer.from('hello'), Buffer.from('hello'), 'a.txt')).toHaveProperty('error');
    expect(sniffEvidenceType(DOCX, tail(DOCX), 'a.xlsx')).toHaveProperty('error');
  });

  it('Content-Disposition keeps the Vietnamese name encoded and an ASCII fallback', () => {
    expect(contentDisposition('Quyết định 12.pdf')).toBe(
      `attachment; filename="Quyet dinh 12.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012.pdf`,
    );
  });
});

describeEachDialect('evidence API', (ctx) => {
  let app: FastifyInstance;
  let dir = '';
  const as: Record<string, Record<string, string>> = {};
  const value = { unit: '24611', period: '2023', element: 'FIBRE_VILLAGES' };
  const postJson = (who: string | null, payload: object) => app.inject({ method: 'POST', url: '/api/v1/evidence', payload, headers: who ? as[who] : {} });
  const postFile = (who: string | null, name: string, content: Buffer, fields: Record<string, string> = value) => {
    const body = multipartBody(fields, { field: 'file', name, content });
    return app.inject({ method: 'POST', url: '/api/v1/evidence', payload: body.payload, headers: { ...(who ? as[who] : {}), ...body.headers } });
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxioc-evidence-'));
    await seedFixtureDataset(ctx.store);
    await createUser(ctx.store, { username: 'bc', role: 'reporter', units: ['24611'] });
    await createUser(ctx.store, { username: 'khac', role: 'reporter', units: ['24614'] });
    await createUser(ctx.store, { username: 'xem', role: 'viewer' });
    app = buildApp({ store: ctx.store, today: () => '2025-08-15', files: { evidenceDir: dir, evidenceMaxBytes: LIMIT } });
    await app.ready();
    for (const who of ['bc', 'khac', 'xem']) as[who] = (await login(app, who)).headers;
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('document reference: 401, 403 outside the unit, 403 for a viewer, 201 for the reporter; GET 401/403/200', async () => {
    const doc = {
      kind: 'document',
      ...value,
      number: '12/QĐ-UBND',
      date: '2023-03-21',
      issuer: 'UBND phường Nghĩa Đức',
      summary: 'Kế hoạch chuyển đổi số năm 2023',
    };
    expect((await postJson(null, doc)).statusCode).toBe(401);
    expect((await postJson('khac', doc)).statusCode).toBe(403);
    expect((await postJson('xem', doc)).statusCode).toBe(403);
    const created = await postJson('bc', doc);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      kind: 'document',
      unit: '24611',
      element: 'FIBRE_VILLAGES',
      dataset: null,
      document: { number: '12/QĐ-UBND', date: '2023-03-21' },
      createdBy: 'bc',
    });
    const url = `/api/v1/evidence/${body.id}`;
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: as.khac })).statusCode).toBe(403);
    expect((await app.inject({ url, headers: as.xem })).json()).toMatchObject({ id: body.id, kind: 'document' });
    expect((await app.inject({ url: `${url}/file`, headers: as.bc })).statusCode).toBe(404); // not a file
  });

  it('links are http/https only; bad fields are 400 naming the field', async () => {
    const ok = await postJson('bc', { kind: 'link', unit: '24611', period: '2023', dataset: 'CDS_XA', url: 'https://daknong.gov.vn/ke-hoach-cds' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'link', dataset: 'CDS_XA', element: null, url: 'https://daknong.gov.vn/ke-hoach-cds' });
    const js = await postJson('bc', { kind: 'link', ...value, url: 'javascript:alert(1)' });
    expect([js.statusCode, js.json().error.details[0].field]).toEqual([400, 'url']);
    const both = await postJson('bc', { kind: 'link', ...value, dataset: 'CDS_XA', url: 'https://a.vn' });
    expect([both.statusCode, both.json().error.details[0].field]).toEqual([400, 'element']);
    const unknown = await postJson('bc', { kind: 'link', ...value, element: 'NOPE', url: 'https://a.vn' });
    expect([unknown.statusCode, unknown.json().error.details[0].field]).toEqual([400, 'element']);
    const date = await postJson('bc', { kind: 'document', ...value, number: '1/QĐ', date: '2023-02-30' });
    expect([date.statusCode, date.json().error.details[0].field]).toEqual([400, 'date']);
  });

  it('files: stored by sha256, served as an attachment with nosniff; 401/403/200 on download', async () => {
    expect((await postFile(null, 'qd.pdf', PDF)).statusCode).toBe(401);
    expect((await postFile('khac', 'qd.pdf', PDF)).statusCode).toBe(403);
    const created = await postFile('bc', '../../etc/Quyết định 12.pdf', PDF);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    const sha = createHash('sha256').update(PDF).digest('hex');
    expect(body.file).toEqual({ name: 'Quyết định 12.pdf', size: PDF.length, mediaType: 'application/pdf', sha256: sha });
    expect(await readdir(join(dir, sha.slice(0, 2)))).toEqual([sha]);
    const url = `/api/v1/evidence/${body.id}/file`;
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: as.khac })).statusCode).toBe(403);
    const download = await app.inject({ url, headers: as.bc });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Quyet dinh 12.pdf"/);
    expect((await postFile('bc', 'bao-cao.docx', DOCX)).json().file.mediaType).toContain('wordprocessingml');
  });

  it('refuses executables, mismatched types and files over the limit, leaving nothing behind', async () => {
    const exe = await postFile('bc', 'quyet-dinh.pdf', EXE);
    expect([exe.statusCode, exe.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect((await postFile('bc', 'anh.jpg', PNG)).statusCode).toBe(415);
    const big = await postFile('bc', 'lon.pdf', Buffer.concat([PDF, Buffer.alloc(LIMIT)]));
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
    const rows = await ctx.store.db.selectFrom('evidence').select('fileName').where('kind', '=', 'file').execute();
    expect(rows.map((r) => r.fileName).sort()).toEqual(['Quyết định 12.pdf', 'bao-cao.docx']);
  });
});
