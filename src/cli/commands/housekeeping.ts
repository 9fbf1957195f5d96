import type { Command } from 'commander';
import { formatViNumber } from '../../domain/vi-number.ts';
import { runHousekeeping, type HousekeepingReport } from '../../app/housekeeping/run.ts';
import { withStore } from '../store-option.ts';

const n = (value: number): string => formatViNumber(value);

/** The report as lines, Vietnamese first. */
export function housekeepingLines(report: HousekeepingReport): string[] {
  const lines = [
    `  Khoá Idempotency-Key hết hạn / expired idempotency keys: ${n(report.idempotencyKeys)}`,
    `  Phiên đăng nhập hết hạn / expired sessions: ${n(report.sessions)}`,
    `  Lượt đăng nhập cũ / old login attempts: ${n(report.loginAttempts)}`,
    `  Lượt nhập chưa ghi quá 24 giờ / uncommitted imports older than 24 h: ${n(report.imports)} (tệp đã xoá / files deleted: ${n(report.importFiles)})`,
    `  Tệp tải lên không thuộc lượt nhập nào / orphaned upload files: ${n(report.orphanUploads)}`,
    `  Thông báo nhiệm vụ sắp đến hạn, quá hạn / task due-soon and overdue notifications: ${n(report.taskNotifications)}`,
  ];
  if (report.importFileFailures > 0) {
    lines.push(`Lưu ý: ${n(report.importFileFailures)} tệp không xoá được (quyền?) / note: files that could not be deleted (permissions?)`);
  }
  if (report.stalledCommits > 0) {
    lines.push(
      `Lưu ý: ${n(report.stalledCommits)} lượt nhập dừng giữa chừng khi đang ghi, được giữ lại cùng tệp để kiểm tra / note: imports cut off while committing, kept with their files for inspection`,
    );
  }
  return lines;
}

/** `dx-ioc housekeeping [--db …]`: the same sweeps the server runs hourly, once, with the counts. */
export function registerHousekeepingCommand(program: Command, dbHelp: string): void {
  program
    .command('housekeeping')
    .description('Dọn dữ liệu hết hạn (khoá idempotency, phiên, lượt đăng nhập, tệp nhập chưa ghi) / delete expired rows and stale uploads')
    .option('--db <target>', dbHelp)
    .action(async (opts: { db?: string }) => {
      const report = await withStore(opts.db, (store) => runHousekeeping(store));
      console.log(['Đã dọn dẹp / housekeeping done:', ...housekeepingLines(report)].join('\n'));
    });
}
