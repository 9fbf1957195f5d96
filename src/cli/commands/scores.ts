/**
 * `dx-ioc scores import FILE --framework CODE --edition ID [--period --level --at --source-title --source-url
 * --source-date]`: an edition's results as published (JSON, CSV or XLSX; see domain/frameworks/published-file.ts),
 * checked whole and stored as a published revision with its source; `dx-ioc scores list CODE ID`: the runs of an
 * edition. As CLI_ACTOR (audited as `cli`).
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importPublishedFile } from '../../app/frameworks/published-upload.ts';
import { headerFromFields } from '../../app/frameworks/published-header.ts';
import { listScoreRuns } from '../../app/frameworks/run-reads.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { withStore } from '../store-option.ts';

const score = (s: number | null) => (s === null ? '—' : s.toLocaleString('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 }));

interface ImportOptions {
  framework: string;
  edition: string;
  period?: string;
  level?: string;
  at?: string;
  sourceTitle?: string;
  sourceUrl?: string;
  sourceDate?: string;
  db?: string;
}

export function registerScoreCommands(program: Command, dbHelp: string): void {
  const scores = program.command('scores').description('kết quả chấm điểm, xếp hạng đã công bố / published scores and rankings');
  scores
    .command('import <file>')
    .description('nhập kết quả đã công bố của một phiên bản bộ chỉ số (JSON, CSV, XLSX) / enter an edition’s published results')
    .requiredOption('--framework <code>', 'mã bộ chỉ số, ví dụ DTI_TINH / framework code')
    .requiredOption('--edition <id>', 'phiên bản, ví dụ 2022 / edition')
    .option('--period <id>', 'kỳ (mặc định: mã phiên bản) / period (default: the edition id)')
    .option('--level <level>', 'province | commune | agency (mặc định: cấp của bộ chỉ số)')
    .option('--at <date>', 'ngày của cây đơn vị (mặc định: ngày cuối kỳ) / the date of the unit tree')
    .option('--source-title <text>', 'tài liệu công bố (bắt buộc nếu tệp không ghi) / the published document')
    .option('--source-url <url>', 'đường dẫn tài liệu / its address')
    .option('--source-date <date>', 'ngày công bố YYYY-MM-DD / its date')
    .option('--db <target>', dbHelp)
    .action(async (file: string, opts: ImportOptions) => {
      const header = headerFromFields({ ...opts });
      const { run, results } = await withStore(opts.db, (store) =>
        importPublishedFile(store, CLI_ACTOR, {
          framework: opts.framework,
          edition: opts.edition,
          path: file,
          fileName: basename(file),
          header,
          via: 'dx-ioc scores import',
        }),
      );
      console.log(
        `Đã nhập kết quả công bố ${opts.framework} ${opts.edition}, cấp ${run.level}, kỳ ${run.period}: lượt ${run.id} (lần ${run.revision}), ${results.length} đơn vị; nguồn: ${run.source?.title}. / ` +
          `Imported as published run ${run.id} (revision ${run.revision}), ${results.length} units.`,
      );
      for (const r of results) {
        const change = r.rankChange === null ? '' : r.rankChange > 0 ? ` ▲${r.rankChange}` : r.rankChange < 0 ? ` ▼${-r.rankChange}` : ' =';
        const derived = r.derived?.length ? ` (suy ra: ${r.derived.join(', ')})` : '';
        console.log(`  ${r.rank ?? '—'}${change}\t${r.unitCode}\t${r.unitName}\t${score(r.score)}${derived}`);
      }
    });
  scores
    .command('list <framework> <edition>')
    .description('các lượt chấm điểm của một phiên bản / the runs of an edition')
    .option('--db <target>', dbHelp)
    .action(async (framework: string, edition: string, opts: { db?: string }) => {
      const runs = await withStore(opts.db, (store) => listScoreRuns(store, CLI_ACTOR, framework, edition));
      if (!runs.length) console.log(`Chưa có lượt chấm điểm nào của ${framework} ${edition}. / No run yet.`);
      for (const r of runs)
        console.log(
          `${r.id}\t${r.level}\t${r.period}\tlần ${r.revision}\t${r.status === 'draft' ? 'bản nháp' : 'đã công bố'}\t${r.origin}\t${r.units} đơn vị\t${r.source?.title ?? ''}`,
        );
    });
}
