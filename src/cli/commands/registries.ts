/** `dx-ioc registries refresh`: every value derived from the programme registries recomputed, with the counts. */
import type { Command } from 'commander';
import { formatViNumber } from '../../domain/vi-number.ts';
import { refreshAllDerivedValues } from '../../app/registries/refresh-all.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { withStore } from '../store-option.ts';

const REGISTRY_LABELS: Record<string, string> = {
  tasks: 'Nhiệm vụ',
  products: 'Sản phẩm CĐS',
  teams: 'Tổ công nghệ số cộng đồng',
  dossiers: 'Hồ sơ thủ tục hành chính',
  feedback: 'Phản ánh hiện trường',
};

export function registerRegistriesCommand(program: Command, dbHelp: string): void {
  const registries = program.command('registries').description('Sổ đăng ký chương trình (nhiệm vụ, sản phẩm CĐS, tổ CNSCĐ) / programme registries');
  registries
    .command('refresh')
    .description('Tính lại mọi số liệu lấy từ sổ đăng ký / recompute every value derived from a registry')
    .option('--db <target>', dbHelp)
    .action(async (opts: { db?: string }) => {
      const report = await withStore(opts.db, (store) => refreshAllDerivedValues(store, CLI_ACTOR));
      const lines = report.registries.map(
        (r) =>
          `  ${REGISTRY_LABELS[r.registry] ?? r.registry}: ${formatViNumber(r.created)} mới / created, ${formatViNumber(r.updated)} đổi / updated, ${formatViNumber(r.unchanged)} không đổi / unchanged`,
      );
      console.log(
        ['Đã tính lại số liệu từ sổ đăng ký / registry figures recomputed:', ...(lines.length ? lines : ['  (chưa có sổ nào / no registry yet)'])].join('\n'),
      );
    });
}
