/**
 * A report request checked before any job is queued, so what can be refused at once is refused at once: an
 * unknown format or period (400 BAD_REQUEST naming the field), plan (404 PLAN_NOT_FOUND) or unit
 * (404 UNIT_NOT_FOUND), and no read access to the plan or the unit (403 FORBIDDEN). The file name the
 * report gets: `bao-cao-cds-<plan>-<unit>-<period>.<extension>`, ASCII only.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { stripDiacritics } from '../../domain/text.ts';
import type { Store } from '../../store/db.ts';
import { readPlan } from '../../app/metadata/plan-detail.ts';
import { authorizeCodeRead } from '../../app/analytics/unit-access.ts';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportRequest {
  plan: string;
  unit: string;
  period: string;
  /** The day the report is dated (ISO); default today. */
  date?: string;
}

export interface ReportFileRequest extends ReportRequest {
  format: ReportFormat;
}

function badRequest(field: string, reason: string): never {
  throw appError('BAD_REQUEST', { field, reason }, [{ field, message: reason }]);
}

export function assertReportFormat(format: string): asserts format is ReportFormat {
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    badRequest('format', `cần một trong ${REPORT_FORMATS.join(', ')}, nhận "${format}" / expected one of ${REPORT_FORMATS.join(', ')}, got "${format}"`);
}

/** Refuses at once what the report builder would refuse: the request's fields, the plan and the unit, and read access to both. */
export async function checkReportRequest(store: Store, request: ReportRequest, actor: Actor, today: string): Promise<void> {
  if (!isPeriodId(request.period))
    badRequest('period', `kỳ báo cáo "${request.period}" không hợp lệ (ví dụ 2022, 2023S1) / not a period id (e.g. 2022, 2023S1)`);
  await readPlan(store, actor, request.date ?? today, request.plan);
  await authorizeCodeRead(store.db, actor, request.unit, parsePeriod(request.period).end);
}

/** `bao-cao-cds-DN_KH_CDS_2022-67-2022.docx`: diacritics folded, anything but letters, digits, `_` and `-` turned to `-`. */
export function reportFileName(request: ReportRequest, extension: string): string {
  const part = (text: string) =>
    stripDiacritics(text)
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x';
  return `bao-cao-cds-${part(request.plan)}-${part(request.unit)}-${part(request.period)}.${part(extension)}`;
}
