/**
 * The progress report's content on the demo: the seeds' figures worded from the data (Đắk Nông 2022 "71/71",
 * 2023 "585/624 … 93,8%"; Ninh Thuận 6 tháng đầu năm 2023 "8/19", "0,5934", "27/63", "tăng 26 bậc"), the header
 * under NĐ 30/2020, an administrator's wording used, ranks from published runs only, and the reader's access.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { ensureDemoData } from '../../src/app/demo/index.ts';
import { DEMO_ACTOR } from '../../src/app/demo/record-figures.ts';
import { resetReportTemplate, updateReportTemplate } from '../../src/app/report-templates/templates.ts';
import { buildProgressReport } from '../../src/reports/build/progress-report.ts';
import type { ReportModel } from '../../src/reports/model.ts';
import { describeEachDialect } from '../helpers/stores.ts';

/** Every sentence of the report, introduction to closing. */
function text(model: ReportModel): string {
  return [...model.introduction, ...[...model.sections, ...model.closing].flatMap((s) => s.paragraphs)].join('\n');
}

describeEachDialect(
  'the progress report content',
  (ctx) => {
    beforeAll(async () => {
      await ensureDemoData(ctx.store);
    }, 300_000);

    it('Ninh Thuận, 6 tháng đầu năm 2023: 8/19 as reported, DTI 2022 0,5934, 27/63, tăng 26 bậc; the header and signature', async () => {
      const model = await buildProgressReport(ctx.store, { plan: 'NT_KH_CDS_2023', unit: '58', period: '2023S1', date: '2023-08-01' }, DEMO_ACTOR);
      const all = text(model);
      expect(all).toContain('8/19 chỉ tiêu đạt và vượt kế hoạch');
      expect(all).toContain('đạt 0,5934, xếp thứ 27/63, tăng 26 bậc so với năm 2021');
      expect(all).toContain('đạt 81,17%, đạt và vượt chỉ tiêu kế hoạch 70% (vượt 11,17%)');
      expect(all).toContain('Không có chỉ tiêu nào chưa đạt kế hoạch.');
      expect(model.header).toMatchObject({
        parentBody: 'UBND TỈNH NINH THUẬN',
        issuingBody: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        number: 'Số:      /BC-STTTT',
        place: 'Ninh Thuận',
        date: '2023-08-01',
        documentType: 'BÁO CÁO',
      });
      expect(model.header.summary).toBe('Kết quả thực hiện Kế hoạch hoạt động chuyển đổi số năm 2023 tỉnh Ninh Thuận 6 tháng đầu năm 2023');
      expect(model.signature).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' });
      expect(model.recipients.at(-1)).toMatch(/^Lưu: VT, /);
      expect(model.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['ha-tang-so', 'chinh-quyen-so']));
      expect(model.sources.some((s) => s.citation.includes('Chuyển biến tích cực từ công tác chuyển đổi số'))).toBe(true);
      expect(model.simulatedNotice).toBeTruthy();
      // After the 2025 merger the issuer is the Sở Khoa học và Công nghệ.
      const later = await buildProgressReport(ctx.store, { plan: 'NT_KH_CDS_2023', unit: '58', period: '2023S1', date: '2026-01-15' }, DEMO_ACTOR);
      expect(later.header).toMatchObject({ issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', number: 'Số:      /BC-SKHCN' });
    });

    it('Đắk Nông 2022: 71/71 communes with fibre, 27/27 plans, 17/19 departments; 2023: 585/624 villages, 93,8%', async () => {
      const model2022 = await buildProgressReport(ctx.store, { plan: 'DN_KH_CDS_2022', unit: '67', period: '2022', date: '2022-12-15' }, DEMO_ACTOR);
      // The plan's name says the year already; it sets no target, so nothing is called met or missed.
      expect(model2022.header.summary).toBe('Kết quả thực hiện Kế hoạch chuyển đổi số năm 2022 tỉnh Đắk Nông');
      const y2022 = text(model2022);
      expect(y2022).toContain('Kế hoạch chưa giao chỉ tiêu cho năm 2022');
      expect(y2022).not.toContain('Không có chỉ tiêu nào chưa đạt');
      expect(y2022).toContain('71/71, đạt tỷ lệ 100%');
      expect(y2022).toContain('27/27');
      expect(y2022).toContain('17/19, đạt tỷ lệ 89,5%');
      expect(y2022).toContain('xếp thứ 41/63, tăng 13 bậc so với năm 2020');
      const y2023 = text(await buildProgressReport(ctx.store, { plan: 'DN_KH_CDS_2022', unit: '67', period: '2023' }, DEMO_ACTOR));
      expect(y2023).toContain('585/624, đạt tỷ lệ 93,8%');
      expect(y2023).toContain('71/71');
    });

    it("an administrator's wording changes the sentence; the reset brings the default back", async () => {
      const request = { plan: 'NT_KH_CDS_2023', unit: '58', period: '2023S1' };
      await updateReportTemplate(ctx.store, 'rank.change.up', 'vươn lên {rankChange} bậc so với năm {previous}', { actor: DEMO_ACTOR });
      try {
        const edited = text(await buildProgressReport(ctx.store, request, DEMO_ACTOR));
        expect(edited).toContain('xếp thứ 27/63, vươn lên 26 bậc so với năm 2021');
        expect(edited).not.toContain('tăng 26 bậc');
      } finally {
        await resetReportTemplate(ctx.store, 'rank.change.up', { actor: DEMO_ACTOR });
      }
      expect(text(await buildProgressReport(ctx.store, request, DEMO_ACTOR))).toContain('tăng 26 bậc');
    });

    it("never quotes a draft run: Đà Nẵng's DTI 2022 rank 1 exists only in the draft", async () => {
      const model = await buildProgressReport(ctx.store, { plan: 'QD749', unit: '48', period: '2022' }, DEMO_ACTOR);
      const all = text(model);
      expect(all).not.toContain('0,8002');
      expect(all).not.toMatch(/xếp thứ 1\//);
    });

    it('refuses a reader without access to the unit (403)', async () => {
      const bacKan: Actor = { kind: 'user', name: 'baocao.backan', role: 'reporter', unitScopes: ['06'] };
      await expect(buildProgressReport(ctx.store, { plan: 'NT_KH_CDS_2023', unit: '58', period: '2023S1' }, bacKan)).rejects.toMatchObject({
        code: 'FORBIDDEN',
        status: 403,
      });
    });
  },
  { demo: true },
);
