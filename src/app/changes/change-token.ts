/**
 * "Has anything changed?" for open screens (issue 10, live updates): a short token that moves with every write in
 * any process sharing the database (store/changes.ts), and when the newest change was made. A screen polls it
 * every second or two and refetches what it shows when the token moves: a new value shows within two seconds,
 * without a reload, and a screen that lost the server picks up again by itself. Any caller who may read.
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { changeMark } from '../../store/changes.ts';
import { authorize } from '../policy.ts';

export interface ChangeToken {
  token: string;
  /** When the newest audited change was made (ISO), null when none. */
  changedAt: string | null;
}

export async function changeToken(store: Store, actor: Actor): Promise<ChangeToken> {
  authorize(actor, 'read');
  const mark = await changeMark(store.db);
  return { token: `${mark.auditId}.${mark.valueId}`, changedAt: mark.at };
}
