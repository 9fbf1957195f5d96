/**
 * Correcting a wrongly entered unit event: its legal basis or note are corrected in place (PATCH); anything else
 * (the date, the names, the units) by withdrawing it (POST …/withdraw: every row edit it made undone, its
 * versions deleted, store/units/version-edits.ts) and entering it again. Only an administrator's event can be
 * withdrawn (409 for the reference packages'), and only while nothing else builds on its new versions: a later
 * event, units placed under them, values entered for them (409 naming what). Each change flags the aggregates
 * and writes its audit event.
 */
import type { Store } from '../../../store/db.ts';
import { inTransaction } from '../../../store/transaction.ts';
import { correctLineageEvent, deleteLineageEvent, dependentsOf, findLineageEvent } from '../../../store/units/event-reads.ts';
import { referencedPeriods, undoUnitEdits, type UnitEdit } from '../../../store/units/version-edits.ts';
import { markRecomputeRequired } from '../../../store/aggregates/flags.ts';
import { writeAudit } from '../../../store/audit.ts';
import { appError } from '../../../domain/errors.ts';
import { ValidationError } from '../../../domain/metadata.ts';
import { authorizeAdmin, type AdminContext } from '../../auth/admin-context.ts';
import { presentEvent, recomputeState, type PresentedEvent, type RecomputeState } from './present.ts';

const audit = (ctx: AdminContext, id: number, action: string, before: unknown, after: unknown) => ({
  actor: { name: ctx.actor.name, kind: ctx.actor.kind },
  source: 'admin',
  via: ctx.via ?? null,
  entity: 'unit_event',
  entityKey: String(id),
  action,
  before,
  after,
});

export async function correctUnitEvent(store: Store, ctx: AdminContext, id: number, change: { legalBasis?: string; note?: string }) {
  authorizeAdmin(ctx.actor, 'units');
  if (change.legalBasis !== undefined && change.legalBasis.trim().length < 3)
    throw new ValidationError([{ path: 'legalBasis', message: 'Cần căn cứ pháp lý (số, ký hiệu văn bản) / the legal basis is required' }]);
  return inTransaction(store.db, async (trx) => {
    const before = await presentEvent(trx, id);
    await correctLineageEvent(trx, id, {
      ...(change.legalBasis !== undefined ? { legalBasis: change.legalBasis.trim() } : {}),
      ...(change.note !== undefined ? { note: change.note.trim() } : {}),
    });
    const after = await presentEvent(trx, id);
    await writeAudit(
      trx,
      [audit(ctx, id, 'correct', { legalBasis: before.legalBasis, note: before.note }, { legalBasis: after.legalBasis, note: after.note })],
      ctx.now,
    );
    return { event: after, recompute: await recomputeState(trx) };
  });
}

export async function withdrawUnitEvent(store: Store, ctx: AdminContext, id: number): Promise<{ withdrawn: PresentedEvent; recompute: RecomputeState }> {
  authorizeAdmin(ctx.actor, 'units');
  return inTransaction(store.db, async (trx) => {
    const row = await findLineageEvent(trx, id);
    if (!row) throw appError('NOT_FOUND');
    if (row.effects === null)
      throw appError('CONFLICT', {
        reason: `Sự kiện #${id} là của nguồn tham chiếu, không rút được / event #${id} comes from the reference packages and cannot be withdrawn`,
      });
    const edits = JSON.parse(row.effects) as UnitEdit[];
    const created = edits.flatMap((e) => (e.op === 'unitCreated' ? [e.unitId] : []));
    const ownLinks = edits.flatMap((e) => (e.op === 'lineageLinkMoved' ? [e.linkId] : []));
    const ownParents = edits.flatMap((e) => (e.op === 'parentLinkMoved' ? [e.linkId] : []));
    const later = await dependentsOf(trx, created, id, ownLinks, ownParents);
    if (later.lineageLinks || later.childLinks)
      throw appError('CONFLICT', {
        reason: `Không rút được sự kiện #${id}: ${later.lineageLinks} liên kết phả hệ của sự kiện khác và ${later.childLinks} đơn vị trực thuộc dựa trên các đơn vị nó tạo; rút chúng trước / later events or units build on it`,
      });
    const moved = new Set(edits.flatMap((e) => (e.op === 'referencesMoved' ? e.periods : [])));
    for (const unitId of created) {
      const own = (await referencedPeriods(trx, unitId)).filter((p) => !moved.has(p));
      if (own.length)
        throw appError('CONFLICT', {
          reason: `Không rút được sự kiện #${id}: đã có số liệu kỳ ${own.join(', ')} cho đơn vị nó tạo / values were entered for its units`,
        });
    }
    const withdrawn = await presentEvent(trx, id);
    await undoUnitEdits(trx, edits);
    await deleteLineageEvent(trx, id);
    await markRecomputeRequired(trx, `rút sự kiện đơn vị #${id} / unit event #${id} withdrawn`);
    await writeAudit(trx, [audit(ctx, id, 'withdraw', withdrawn, null)], ctx.now);
    return { withdrawn, recompute: await recomputeState(trx) };
  });
}
