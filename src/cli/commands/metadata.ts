import { writeFile } from 'node:fs/promises';
import { formatViNumber } from '../../domain/vi-number.ts';
import { exportMetadata, importMetadata, readMetadataFile, type ActionCounts } from '../../app/metadata/file.ts';
import { withStore } from '../store-option.ts';

const n = (value: number): string => formatViNumber(value);

/** `dx-ioc metadata export FILE.json`: every data element, indicator and plan (with targets) as JSON. */
export async function metadataExportCommand(file: string, opts: { db?: string }): Promise<void> {
  await withStore(opts.db, async (store) => {
    const data = await exportMetadata(store.db);
    await writeFile(file, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
    const targets = data.plans.reduce((sum, plan) => sum + plan.targets.length, 0);
    console.log(
      `Đã xuất ${n(data.dataElements.length)} phần tử dữ liệu, ${n(data.indicators.length)} chỉ tiêu, ` +
        `${n(data.plans.length)} kế hoạch (${n(targets)} mục tiêu) ra ${file}.`,
    );
  });
}

/** `dx-ioc metadata import FILE.json`: all or nothing; a bad file lists every problem by JSON path. */
export async function metadataImportCommand(file: string, opts: { db?: string }): Promise<void> {
  const raw = await readMetadataFile(file);
  await withStore(opts.db, async (store) => {
    const summary = await importMetadata(store.db, raw, new Date(), { name: 'dx-ioc metadata import', kind: 'cli', via: file });
    const line = (label: string, c: ActionCounts) => `  ${label}: ${n(c.created)} mới, ${n(c.updated)} cập nhật, ${n(c.unchanged)} không đổi`;
    console.log(
      [
        `Đã nhập ${file}:`,
        line('Phần tử dữ liệu', summary.dataElements),
        line('Chỉ tiêu', summary.indicators),
        line('Kế hoạch', summary.plans),
        `  Mục tiêu trong tệp: ${n(summary.targets)}`,
      ].join('\n'),
    );
  });
}
