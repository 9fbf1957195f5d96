/** Report sentence templates on both databases: an administrator's override and reset, each in the audit log; only admins write. */
import { expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.ts';
import { listReportTemplates, reportTemplateTexts, resetReportTemplate, updateReportTemplate } from '../../src/app/report-templates/templates.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { describeEachDialect } from '../helpers/stores.ts';

const admin: Actor = { kind: 'user', name: 'quantri', role: 'admin', unitScopes: [] };
const viewer: Actor = { kind: 'user', name: 'xem', role: 'viewer', unitScopes: [] };

describeEachDialect('report sentence templates', (ctx) => {
  it('lists every kind with its default until an administrator rewords one, then resets it', async () => {
    const before = await listReportTemplates(ctx.store, viewer);
    const none = before.find((t) => t.key === 'rank.change.none')!;
    expect(none).toMatchObject({ text: 'giữ nguyên thứ hạng so với năm {previous}', overridden: false, updatedBy: null });

    const saved = await updateReportTemplate(ctx.store, 'rank.change.none', 'vẫn giữ hạng như năm {previous}', {
      actor: admin,
      now: new Date('2026-01-15T02:00:00Z'),
    });
    expect(saved).toMatchObject({ text: 'vẫn giữ hạng như năm {previous}', overridden: true, updatedBy: 'quantri', updatedAt: '2026-01-15T02:00:00.000Z' });
    expect((await reportTemplateTexts(ctx.store))['rank.change.none']).toBe('vẫn giữ hạng như năm {previous}');
    // The same text again writes nothing.
    await updateReportTemplate(ctx.store, 'rank.change.none', 'vẫn giữ hạng như năm {previous}', { actor: admin });

    const reset = await resetReportTemplate(ctx.store, 'rank.change.none', { actor: admin });
    expect(reset).toMatchObject({ text: none.defaultText, overridden: false });
    await resetReportTemplate(ctx.store, 'rank.change.none', { actor: admin }); // nothing to reset: no event

    const events = await listAuditEvents(ctx.store.db, [{ entity: 'report_template', entityKey: 'rank.change.none' }]);
    expect(events.map((e) => [e.action, e.actorName, e.before, e.after])).toEqual([
      ['updated', 'quantri', { text: none.defaultText }, { text: 'vẫn giữ hạng như năm {previous}' }],
      ['reset', 'quantri', { text: 'vẫn giữ hạng như năm {previous}' }, { text: none.defaultText }],
    ]);
  });

  it('refuses an unknown placeholder (422 naming it) and an unknown key (404), writing nothing', async () => {
    await expect(updateReportTemplate(ctx.store, 'coverage', '{name}: {numerator}/{tong}', { actor: admin })).rejects.toMatchObject({
      code: 'REPORT_TEMPLATE_INVALID',
      status: 422,
      message: expect.stringContaining('{tong}'),
    });
    await expect(updateReportTemplate(ctx.store, 'no.such.kind', 'x', { actor: admin })).rejects.toMatchObject({
      code: 'REPORT_TEMPLATE_NOT_FOUND',
      status: 404,
    });
    expect((await listReportTemplates(ctx.store, admin)).find((t) => t.key === 'coverage')?.overridden).toBe(false);
    expect(await listAuditEvents(ctx.store.db, [{ entity: 'report_template', entityKey: 'coverage' }])).toEqual([]);
  });

  it('lets only administrators write: a viewer gets 403 on update and reset', async () => {
    await expect(updateReportTemplate(ctx.store, 'lagging.none', 'Mọi chỉ tiêu đều đạt.', { actor: viewer })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
    await expect(resetReportTemplate(ctx.store, 'lagging.none', { actor: viewer })).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect((await listReportTemplates(ctx.store, viewer)).find((t) => t.key === 'lagging.none')?.overridden).toBe(false);
  });
});
