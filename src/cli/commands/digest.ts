/**
 * `dx-ioc digest [--send] [--date YYYY-MM-DD]`: every user's daily digest (overdue and due-soon tasks of their
 * units). Without --send: what each would receive, printed. With --send: mailed through DXIOC_SMTP_URL from
 * DXIOC_MAIL_FROM (refused when they are not set). Run it daily from cron, or from the admin screen.
 */
import type { Command } from 'commander';
import { todayIsoDate } from '../../domain/dates.ts';
import { mailSettingsFromEnv, runDigest } from '../../app/notifications/mailer.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { withStore } from '../store-option.ts';

export function registerDigestCommand(program: Command, dbHelp: string): void {
  program
    .command('digest')
    .description('Bản tin đôn đốc hằng ngày: xem trước, hoặc gửi thư khi đã cấu hình SMTP / the daily digest: preview, or e-mail it when SMTP is configured')
    .option('--send', 'gửi thư (cần DXIOC_SMTP_URL, DXIOC_MAIL_FROM) / send the e-mails')
    .option('--date <YYYY-MM-DD>', 'ngày của bản tin (mặc định hôm nay) / the digest day (default today)')
    .option('--db <target>', dbHelp)
    .action(async (opts: { send?: boolean; date?: string; db?: string }) => {
      const today = opts.date ?? todayIsoDate();
      const settings = mailSettingsFromEnv();
      const run = await withStore(opts.db, (store) => runDigest(store, CLI_ACTOR, { today, send: opts.send === true, settings }));
      const lines = [`Bản tin đôn đốc ngày ${today} / digest of ${today}:`];
      if (!run.configured) lines.push('  Chưa cấu hình SMTP: không gửi thư nào / SMTP not configured: nothing sent');
      for (const s of run.sent) lines.push(`  Đã gửi / sent: ${s.username} <${s.email}> (${s.total})`);
      for (const u of run.withoutEmail) lines.push(`  Không có thư điện tử / no e-mail: ${u}`);
      for (const f of run.failed) lines.push(`  Lỗi / failed: ${f.username}: ${f.error}`);
      console.log(lines.join('\n'));
      if (run.failed.length) process.exitCode = 1;
    });
}
