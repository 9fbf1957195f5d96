/**
 * The report's sentence templates as administrators edit them (GET/PUT/DELETE /report-templates): every kind with
 * its default (domain/report-template.ts) merged with the stored override, and the writes — an update checked
 * (an unknown placeholder is refused, naming it) and a reset to the default — for admins only, each in one
 * transaction with its audit event (entity `report_template`, action updated/reset, before and after).
 */
import { can, type Actor } from '../../domain/access.ts';
import { AppError, appError } from '../../domain/errors.ts';
import {
  checkTemplate,
  isReportTemplateKey,
  mergeTemplates,
  REPORT_TEMPLATE_DEFAULTS,
  REPORT_TEMPLATE_KEYS,
  type ReportTemplateKey,
  type TemplateTexts,
} from '../../domain/report-template.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import {
  deleteTemplateOverride,
  getTemplateOverride,
  listTemplateOverrides,
  putTemplateOverride,
  type StoredTemplate,
} from '../../store/report-templates/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { authorize } from '../policy.ts';

export interface ReportTemplateView {
  key: ReportTemplateKey;
  /** The wording in use: the override, else the default. */
  text: string;
  defaultText: string;
  placeholders: string[];
  description: string;
  /** True when an administrator's wording replaces the default. */
  overridden: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface TemplateWriteContext {
  actor: Actor;
  via?: string;
  now?: Date;
}

function view(key: ReportTemplateKey, stored: StoredTemplate | null): ReportTemplateView {
  const d = REPORT_TEMPLATE_DEFAULTS[key];
  return {
    key,
    text: stored?.text ?? d.text,
    defaultText: d.text,
    placeholders: [...d.placeholders],
    description: d.description,
    overridden: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

/** Every template kind, in the code's order, with the wording in use. */
export async function listReportTemplates(store: Store, actor: Actor): Promise<ReportTemplateView[]> {
  authorize(actor, 'read');
  const stored = new Map((await listTemplateOverrides(store.db)).map((t) => [t.key, t]));
  return REPORT_TEMPLATE_KEYS.map((key) => view(key, stored.get(key) ?? null));
}

/** The wordings the report builder fills (no access check: the builder's caller has been authorised). */
export async function reportTemplateTexts(store: Store): Promise<TemplateTexts> {
  return mergeTemplates(await listTemplateOverrides(store.db));
}

function requireAdmin(actor: Actor): void {
  if (!can(actor, 'manage')) throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được sửa mẫu câu báo cáo / admins only may edit report templates');
}

function knownKey(key: string): ReportTemplateKey {
  if (!isReportTemplateKey(key)) throw appError('REPORT_TEMPLATE_NOT_FOUND', { key });
  return key;
}

/** Stores `text` as the wording of `key`; the same text as the one in use writes nothing. */
export async function updateReportTemplate(store: Store, key: string, text: string, ctx: TemplateWriteContext): Promise<ReportTemplateView> {
  requireAdmin(ctx.actor);
  const k = knownKey(key);
  const reason = checkTemplate(k, text);
  if (reason) throw appError('REPORT_TEMPLATE_INVALID', { key: k, reason }, [{ field: 'text', message: reason }]);
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const before = await getTemplateOverride(trx, k);
    const current = before?.text ?? REPORT_TEMPLATE_DEFAULTS[k].text;
    if (current === text) return view(k, before);
    const after: StoredTemplate = { key: k, text, updatedAt: now.toISOString(), updatedBy: ctx.actor.name };
    await putTemplateOverride(trx, after);
    await writeAudit(
      trx,
      [
        {
          actor: ctx.actor,
          source: 'admin',
          via: ctx.via ?? null,
          entity: 'report_template',
          entityKey: k,
          action: 'updated',
          before: { text: current },
          after: { text },
        },
      ],
      now,
    );
    return view(k, after);
  });
}

/** Removes the override of `key`: the default applies again. Nothing to reset writes nothing. */
export async function resetReportTemplate(store: Store, key: string, ctx: TemplateWriteContext): Promise<ReportTemplateView> {
  requireAdmin(ctx.actor);
  const k = knownKey(key);
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const before = await getTemplateOverride(trx, k);
    if (!before) return view(k, null);
    await deleteTemplateOverride(trx, k);
    await writeAudit(
      trx,
      [
        {
          actor: ctx.actor,
          source: 'admin',
          via: ctx.via ?? null,
          entity: 'report_template',
          entityKey: k,
          action: 'reset',
          before: { text: before.text },
          after: { text: REPORT_TEMPLATE_DEFAULTS[k].text },
        },
      ],
      now,
    );
    return view(k, null);
  });
}
