/**
 * Generated reports as jobs (the one job runner, compute/jobs/job-runner.ts, kind `report`): `startReport`
 * refuses at once what it can (report-request.ts), then queues the job — build the model (buildProgressReport:
 * it reads the figures and words them), lay it out (renderReport), keep the file (report_files, migration 0019)
 * — whose report is `{fileName, size, mediaType, format}`. A job and its file are seen by the requester and by
 * administrators; `previewReport` answers the model itself for the web app's preview.
 */
import { can, type Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { insertReportFile, listReportFiles, readReportFile, type ReportFileEntry } from '../../store/report-files/files.ts';
import { writeAudit } from '../../store/audit.ts';
import { inTransaction } from '../../store/transaction.ts';
import { getJob, startJob, waitForJob, type Job, type JobProgress } from '../../compute/jobs/job-runner.ts';
import { authorizeAction } from '../../app/analytics/unit-access.ts';
import { buildProgressReport } from '../build/progress-report.ts';
import { renderReport } from '../render.ts';
import type { ReportModel } from '../model.ts';
import { assertReportFormat, checkReportRequest, reportFileName, type ReportRequest } from './report-request.ts';

export const REPORT_JOB = 'report';
const STEPS = 4;

export interface ReportJobReport {
  fileName: string;
  size: number;
  mediaType: string;
  format: string;
}

export type ReportJob = Job<ReportJobReport>;

export interface ReportFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** Where a report was asked for, for its audit event: `api` (with ip and user agent) or `cli`; and a progress listener. */
export interface ReportStartOptions {
  source?: 'api' | 'cli';
  via?: string;
  onProgress?: (progress: JobProgress) => void;
}

/**
 * Who asked for a report as the job keeps it: the actor's kind and name (`user:bc_a`, `token:dvc`), so a token
 * and a user of the same name are two requesters.
 */
export function reportRequester(actor: Pick<Actor, 'kind' | 'name'>): string {
  return `${actor.kind}:${actor.name}`;
}

/** The requester's name as shown (the kind dropped); a value stored without a kind is shown as it is. */
function requesterName(stored: string | null): string | null {
  const match = stored === null ? null : /^(user|token):(.*)$/s.exec(stored);
  return match ? match[2]! : stored;
}

/** Checks the request and the caller's access, queues the report; its job id. */
export async function startReport(
  store: Store,
  request: ReportRequest & { format: string },
  actor: Actor,
  today: string,
  options: ReportStartOptions = {},
): Promise<number> {
  const { onProgress = () => {}, source = 'api', via = null } = options;
  const { format } = request;
  assertReportFormat(format);
  await checkReportRequest(store, request, actor, today);
  const wanted = { plan: request.plan, unit: request.unit, period: request.period, date: request.date ?? today };
  return startJob<ReportJobReport>(store, {
    kind: REPORT_JOB,
    requestedBy: reportRequester(actor),
    run: async (jobProgress, jobId) => {
      const progress = (p: JobProgress) => {
        jobProgress(p);
        onProgress(p);
      };
      progress({ step: 1, steps: STEPS, message: 'Đọc số liệu / reading the figures' });
      const model = await buildProgressReport(store, wanted, actor);
      const tables = [...model.sections, ...model.closing].reduce((n, s) => n + s.tables.length, 0);
      progress({ step: 2, steps: STEPS, message: `Dựng nội dung: ${model.sections.length} mục, ${tables} bảng / content composed` });
      progress({ step: 3, steps: STEPS, message: `Định dạng ${format.toUpperCase()} / laying out the ${format.toUpperCase()}` });
      const file = await renderReport(model, format);
      const fileName = reportFileName(wanted, file.extension);
      progress({ step: 4, steps: STEPS, message: `Lưu tệp ${fileName} / saving the file` });
      const createdAt = new Date();
      const kept = {
        jobId,
        plan: wanted.plan,
        unit: wanted.unit,
        period: wanted.period,
        format,
        mediaType: file.mediaType,
        fileName,
        size: file.bytes.length,
        bytes: file.bytes,
        requestedBy: actor.name,
        createdAt: createdAt.toISOString(),
      };
      await inTransaction(store.db, async (trx) => {
        await insertReportFile(trx, kept);
        await writeAudit(
          trx,
          [
            {
              actor,
              source,
              via,
              entity: 'report',
              entityKey: `${wanted.plan}|${wanted.unit}|${wanted.period}`,
              action: 'generated',
              after: { jobId, ...wanted, format, fileName, size: kept.size },
            },
          ],
          createdAt,
        );
      });
      return { fileName, size: file.bytes.length, mediaType: file.mediaType, format };
    },
  });
}

/** A report job's state: 404 REPORT_NOT_FOUND for an unknown id or another kind of job, 403 unless the caller asked for it or administers. */
export async function reportJob(store: Store, id: number, actor: Actor): Promise<ReportJob> {
  const job = await getJob<ReportJobReport>(store, id);
  if (!job || job.kind !== REPORT_JOB) throw appError('REPORT_NOT_FOUND', { id });
  if (job.requestedBy !== reportRequester(actor) && !can(actor, 'manage')) throw appError('FORBIDDEN', { action: 'read', target: `report ${id}` });
  return { ...job, requestedBy: requesterName(job.requestedBy) };
}

/** A finished report's file; 409 REPORT_NOT_READY while its job is queued or running, or when it failed. */
export async function reportFile(store: Store, id: number, actor: Actor): Promise<ReportFile> {
  const job = await reportJob(store, id, actor);
  const file = job.status === 'done' ? await readReportFile(store.db, id) : null;
  if (!file) throw appError('REPORT_NOT_READY', { id, status: job.status });
  return { fileName: file.fileName, mediaType: file.mediaType, bytes: file.bytes };
}

/**
 * The report generated in the foreground (`dx-ioc report`): the same job, waited for; its final state and, when
 * done, its file.
 */
export async function generateReport(
  store: Store,
  request: ReportRequest & { format: string },
  actor: Actor,
  today: string,
  onProgress?: (progress: JobProgress) => void,
): Promise<{ job: ReportJob; file: ReportFile | null }> {
  const id = await startReport(store, request, actor, today, { source: 'cli', ...(onProgress ? { onProgress } : {}) });
  await waitForJob(id);
  const job = await reportJob(store, id, actor);
  return { job, file: job.status === 'done' ? await reportFile(store, id, actor) : null };
}

/** The model the report would lay out, for a preview; the same refusals as startReport. */
export async function previewReport(store: Store, request: ReportRequest, actor: Actor, today: string): Promise<ReportModel> {
  await checkReportRequest(store, request, actor, today);
  return buildProgressReport(store, { plan: request.plan, unit: request.unit, period: request.period, date: request.date ?? today }, actor);
}

/** Every kept report file, newest first, without the bytes (administrators). */
export async function listReports(store: Store, actor: Actor, page: { limit: number; offset: number }): Promise<{ total: number; items: ReportFileEntry[] }> {
  authorizeAction(actor, 'manage');
  return listReportFiles(store.db, page);
}
