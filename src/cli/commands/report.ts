import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CLI_ACTOR } from '../../app/policy.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { generateReport } from '../../reports/generate/report-jobs.ts';
import { REPORT_FORMATS } from '../../reports/generate/report-request.ts';
import { withStore } from '../store-option.ts';

/**
 * `dx-ioc report --plan P --unit U --period X --format docx|pdf|xlsx|md --out FILE`: the progress report, as
 * the administrator at the terminal (CLI_ACTOR), through the same job as POST /api/v1/reports (so the file is
 * also kept in report_files); prints each step, then the path and size written.
 */
export function registerReportCommand(program: Command, dbHelp: string): void {
  program
    .command('report')
    .description('Tạo báo cáo kết quả chuyển đổi số của một kế hoạch / generate the progress report of a plan')
    .requiredOption('--plan <code>', 'mã kế hoạch / plan code (DN_KH_CDS_2022)')
    .requiredOption('--unit <code>', 'mã đơn vị / unit code (67)')
    .requiredOption('--period <id>', 'kỳ báo cáo / period (2022, 2023S1)')
    .addOption(new Option('--format <format>', 'định dạng / format').choices(REPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'tệp ghi ra / the file to write')
    .option('--date <date>', 'ngày của báo cáo / the day the report is dated (YYYY-MM-DD, default today)')
    .option('--db <target>', dbHelp)
    .action(async (opts: { plan: string; unit: string; period: string; format: string; out: string; date?: string; db?: string }) => {
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new Error(`--date: cần dạng YYYY-MM-DD, nhận "${opts.date}" / expected YYYY-MM-DD`);
      const request = { plan: opts.plan, unit: opts.unit, period: opts.period, format: opts.format, ...(opts.date ? { date: opts.date } : {}) };
      const { job, file } = await withStore(opts.db, (store) =>
        generateReport(store, request, CLI_ACTOR, todayIsoDate(), (p) => console.error(`[${p.step}/${p.steps}] ${p.message}`)),
      );
      if (!file) throw new Error(`Không tạo được báo cáo / the report failed: ${job.error ?? job.status}`);
      const path = resolve(opts.out);
      await writeFile(path, file.bytes);
      console.log(`Đã ghi ${path} (${file.bytes.length.toLocaleString('vi-VN')} byte) / wrote ${path} (${file.bytes.length} bytes)`);
    });
}
