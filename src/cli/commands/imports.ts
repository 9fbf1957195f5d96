import type { Command } from 'commander';
import type { Actor } from '../../domain/access.ts';
import { formatViNumber } from '../../domain/vi-number.ts';
import { importFile } from '../../app/imports/import-file.ts';
import type { ImportProblem } from '../../app/imports/types.ts';
import { actorOfUser } from '../../app/auth/users.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import type { Store } from '../../store/db.ts';
import { withStore } from '../store-option.ts';

interface ImportOptions {
  dataset: string;
  period?: string;
  db?: string;
  commit?: boolean;
  as?: string;
}

const n = (value: number): string => formatViNumber(value);

/** The person the import is recorded for: --as USERNAME (their permissions apply), else the operator as admin. */
async function actorFor(store: Store, username: string | undefined): Promise<Actor> {
  return username ? actorOfUser(store, username) : CLI_ACTOR;
}

function line(p: ImportProblem): string {
  if (p.row === 0) return `  ${p.message}`;
  return `  Dòng ${p.row}${p.cell ? `, ô ${p.cell}` : ''}${p.column ? ` (${p.column})` : ''}: ${p.message}`;
}

/** `dx-ioc import FILE --dataset CODE [--period ID] [--commit] [--as USERNAME]`: preview, and with --commit write all or nothing. */
export async function importCommand(file: string, opts: ImportOptions): Promise<void> {
  await withStore(opts.db, async (store) => {
    const actor = await actorFor(store, opts.as);
    const outcome = await importFile(store, file, {
      datasetCode: opts.dataset,
      period: opts.period ?? '',
      actor,
      commit: opts.commit ?? false,
      onProgress: (rows) => process.stderr.write(`\rĐã đọc ${n(rows)} dòng…`),
      onCommitProgress: (done, total) => process.stderr.write(`\rĐang ghi ${n(done)}/${n(total)} giá trị…`),
    });
    process.stderr.write('\n');
    const { preview } = outcome;
    const where = preview.sheet ? `trang "${preview.sheet}"` : `${preview.encoding}, phân cách "${preview.delimiter === '\t' ? 'tab' : preview.delimiter}"`;
    console.log(
      `${file} (${preview.format.toUpperCase()}, ${where}): ${n(preview.rows)} dòng đơn vị, ${n(preview.values)} giá trị, ${n(preview.errorCount)} lỗi, ${n(preview.warnings.length)} cảnh báo.`,
    );
    if (preview.columns.length > 0) console.log(`Cột chỉ tiêu: ${preview.columns.join(', ')}`);
    if (preview.warnings.length > 0) console.log(['Cảnh báo:', ...preview.warnings.map(line)].join('\n'));
    if (preview.errors.length > 0) console.log(['Lỗi:', ...preview.errors.map(line)].join('\n'));
    if (preview.errorCount > preview.errors.length) console.log(`  … và ${n(preview.errorCount - preview.errors.length)} lỗi khác`);
    if (preview.errorCount > 0) throw new Error(`tệp có ${n(preview.errorCount)} lỗi; không ghi gì / the file has errors, nothing written`);
    if (outcome.commitErrors) {
      console.log(['Không ghi được:', ...outcome.commitErrors.map(line)].join('\n'));
      throw new Error(`${n(outcome.commitErrors.length)} giá trị bị từ chối; không ghi gì / values refused, nothing written`);
    }
    if (outcome.result) {
      const r = outcome.result;
      process.stderr.write('\n');
      console.log(`Đã ghi: ${n(r.created)} mới, ${n(r.updated)} cập nhật, ${n(r.unchanged)} không đổi (nguồn: import, người nhập: ${actor.name}).`);
      if (r.warnings.length > 0) console.log(['Cảnh báo được chấp nhận (có ghi chú):', ...r.warnings.map(line)].join('\n'));
    } else console.log('Chưa ghi gì: chạy lại với --commit để ghi (tất cả hoặc không gì) / preview only, add --commit to write.');
  });
}

/** Adds `dx-ioc import` to the program. */
export function registerImportCommands(program: Command, dbHelp: string): void {
  program
    .command('import <file>')
    .description('import an XLSX or CSV file for a dataset and period: preview, --commit writes all or nothing / nhập số liệu từ tệp')
    .requiredOption('--dataset <code>', 'dataset (biểu mẫu) code')
    .option('--period <id>', 'period id: 2023, 2023S1, 2023Q2, 202306 (may be left out for a long file with a period column)')
    .option('--db <target>', dbHelp)
    .option('--commit', 'write the values (all or nothing); without it, preview only')
    .option('--as <username>', 'record the import as this user (their permissions apply); default: the operator, as admin')
    .action(importCommand);
}
