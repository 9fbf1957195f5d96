/** Whether the database holds the demo (its version mark is set): a report built on it says its figures are illustrative. */
import { getMeta } from '../../store/app-meta.ts';
import type { Store } from '../../store/db.ts';

export async function isDemoDatabase(store: Store): Promise<boolean> {
  return (await getMeta(store.db, 'demo.version')) !== null;
}
