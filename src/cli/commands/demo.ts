import { ensureDemoData } from '../../app/demo/index.ts';
import { withStore } from '../store-option.ts';

export async function demoCommand(opts: { db?: string }): Promise<void> {
  const report = await withStore(opts.db, (store) => ensureDemoData(store, (line) => console.error(line)));
  if (report.alreadyPresent) console.log(report.lines.join('\n'));
  else console.log('Đã tạo dữ liệu mẫu. Chạy `dx-ioc serve` để xem.');
}
