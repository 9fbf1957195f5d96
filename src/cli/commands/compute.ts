import type { Command } from 'commander';
import { recomputeNow } from '../../app/analytics/recompute-jobs.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { withStore } from '../store-option.ts';

/** `dx-ioc recompute [--db …]`: rebuilds every aggregate (after a formula, tree or framework change). */
export function registerComputeCommands(program: Command, dbHelp: string): void {
  program
    .command('recompute')
    .description('Tính lại toàn bộ số liệu tổng hợp / full recompute of every aggregate')
    .option('--db <target>', dbHelp)
    .option('--today <date>', "ngày của cây đơn vị 'hiện nay' / date of today's tree (YYYY-MM-DD)")
    .action(async (opts: { db?: string; today?: string }) => {
      const report = await withStore(
        opts.db,
        (store) =>
          recomputeNow(store, CLI_ACTOR, {
            ...(opts.today ? { today: opts.today } : {}),
            onProgress: (p) => console.error(`[${p.step}/${p.steps}] ${p.message}`),
          }),
        { recompute: false },
      );
      console.log(
        `Đã tính lại ${report.aggregateRows} dòng tổng hợp (${report.units} đơn vị, ${report.periods} kỳ, cây ngày ${report.treeDate}) trong ${(report.durationMs / 1000).toFixed(1)} giây.`,
      );
    });
}
