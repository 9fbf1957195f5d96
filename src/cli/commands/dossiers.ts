/** `dx-ioc dossiers import FILE --source CODE`: a one-stop-shop system's XLSX/CSV drop, all or nothing (app/dossiers/import.ts). */
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { importDossiers } from '../../app/dossiers/import.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { formatViNumber } from '../../domain/vi-number.ts';
import { withStore } from '../store-option.ts';

export function registerDossierCommands(program: Command, dbHelp: string): void {
  const dossiers = program.command('dossiers').description('Hồ sơ thủ tục hành chính từ hệ thống một cửa / one-stop-shop dossiers');
  dossiers
    .command('import <file>')
    .description('Nhập tệp hồ sơ (XLSX, CSV; một dòng một hồ sơ), cả tệp hoặc không gì / import a dossier file, all or nothing')
    .requiredOption('--source <code>', 'Mã hệ thống nguồn, cùng mã hồ sơ là khóa gửi lại / the source system code (MOTCUA_58)')
    .option('--db <target>', dbHelp)
    .action(async (file: string, opts: { source: string; db?: string }) => {
      const path = resolve(file);
      const result = await withStore(opts.db, (store) =>
        importDossiers(store, { path, fileName: basename(path), source: opts.source }, { actor: CLI_ACTOR, via: `cli ${basename(path)}` }),
      );
      console.log(
        `Đã nhập ${formatViNumber(result.received)} hồ sơ của ${result.source}: ${formatViNumber(result.created)} mới, ${formatViNumber(result.updated)} thay đổi (phiên bản mới), ${formatViNumber(result.unchanged)} không đổi / imported`,
      );
    });
}
