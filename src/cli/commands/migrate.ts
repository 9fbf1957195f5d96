import { openStore } from '../../store/db.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { resolveDbTarget } from '../store-option.ts';

export async function migrateCommand(opts: { db?: string }): Promise<void> {
  const store = openStore(resolveDbTarget(opts.db));
  try {
    const { applied } = await migrateToLatest(store);
    console.log(applied.length ? `Đã áp dụng ${applied.length} migration: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
  } finally {
    await store.close();
  }
}
