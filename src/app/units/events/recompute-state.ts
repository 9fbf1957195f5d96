/** Whether the aggregates wait for a recompute after a change to the unit tree (admins: the /admin/units notice). */
import type { Actor } from '../../../domain/access.ts';
import type { Store } from '../../../store/db.ts';
import { authorizeAdmin } from '../../auth/admin-context.ts';
import { recomputeState, type RecomputeState } from './present.ts';

export async function unitRecomputeState(store: Store, actor: Actor): Promise<RecomputeState> {
  authorizeAdmin(actor, 'units');
  return recomputeState(store.db);
}
