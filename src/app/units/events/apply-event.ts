/**
 * An administrator enters a unit event (POST /api/v1/units/events, the /admin/units screen): checked (domain/
 * unit-events.ts, then against the tree: 422 VALIDATION_FAILED naming each field), planned (plan-event.ts) and
 * written in ONE transaction: the ended versions, the new versions, their parents and the lineage event through
 * the unit-plan writer (store/units/write.ts, as the reference packages are), then the edits around them
 * (store/units/version-edits.ts), kept on the event for its withdrawal; the aggregates flagged for a recompute
 * (store/aggregates/flags.ts: the closure no longer follows the tree); the audit event. applyUnitEventIn does
 * the same inside a caller's transaction, for the reference history (app/units/reference/history.ts).
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../../store/db.ts';
import type { Database } from '../../../store/schema.ts';
import { inTransaction } from '../../../store/transaction.ts';
import { writeUnitPlanIn } from '../../../store/units/write.ts';
import { latestEventOfSource, setEventEffects, versionsOfCodes } from '../../../store/units/event-reads.ts';
import { copyScopes, endVersion, moveChildLinks, moveLaterLineage, moveReferences, renameVersion, type UnitEdit } from '../../../store/units/version-edits.ts';
import { markRecomputeRequired } from '../../../store/aggregates/flags.ts';
import { writeAudit } from '../../../store/audit.ts';
import { ValidationError } from '../../../domain/metadata.ts';
import { checkUnitEventInput, type UnitEventInput } from '../../../domain/unit-events.ts';
import { englishNames } from '../../../domain/units-naming.ts';
import { unitKey, type UnitPlan } from '../../../domain/units-plan.ts';
import type { UnitLevel } from '../../../domain/units.ts';
import { authorizeAdmin, type AdminContext } from '../../auth/admin-context.ts';
import { draftOfRow } from './resolve.ts';
import { periodsFrom, planEvent } from './plan-event.ts';
import { presentEvent, recomputeState, type UnitEventAnswer } from './present.ts';

const TITLE = 'Sự kiện đơn vị không hợp lệ / invalid unit event';

/** The event's own note when none is given: "rename 46 từ 2025-01-01". */
const defaultNote = (input: UnitEventInput): string => `${input.kind} ${input.code ?? (input.codes ?? []).join(', ')} từ ${input.date}`;

/** Checks, plans and writes one event inside `trx` (no policy, no audit, no flag); the event's id and how many versions it made. */
export async function applyUnitEventIn(trx: Kysely<Database>, input: UnitEventInput, source: string): Promise<{ id: number; versions: number }> {
  const shape = checkUnitEventInput(input);
  if (shape.length) throw new ValidationError(shape, TITLE);
  const { plan, checks } = await planEvent(trx, input);
  if (!plan) throw new ValidationError(checks.problems, TITLE);
  const edits: UnitEdit[] = [];
  for (const old of plan.ended) edits.push(...(await endVersion(trx, old.id, input.date)));
  const unitPlan: UnitPlan = {
    source,
    units: [...plan.known.map(draftOfRow), ...plan.created.map((c) => c.draft)],
    parents: plan.created.flatMap((c) =>
      c.parents.map((p) => ({ childKey: c.draft.key, parentKey: draftOfRow(p.parent).key, validFrom: p.validFrom, validTo: p.validTo })),
    ),
    events: [
      {
        kind: input.kind,
        date: input.date,
        legalBasis: input.legalBasis.trim(),
        note: input.note?.trim() || defaultNote(input),
        links: plan.links.map((l) => ({ fromKey: draftOfRow(l.from).key, toKey: l.toKey, part: l.part, share: l.share })),
      },
    ],
    forceEvents: true,
  };
  await writeUnitPlanIn(trx, unitPlan);
  const event = await latestEventOfSource(trx, source);
  const created = await versionsOfCodes(trx, [...new Set(plan.created.map((c) => c.draft.code))]);
  const idOf = (key: string): number => created.find((r) => unitKey(r.level as UnitLevel, r.code, r.validFrom) === key)!.id;
  for (const c of plan.created) {
    const id = idOf(c.draft.key);
    edits.push({ op: 'unitCreated', unitId: id });
    if (!c.continues) continue;
    edits.push(...(await moveChildLinks(trx, c.continues.id, id, input.date)));
    edits.push(...(await moveLaterLineage(trx, c.continues.id, id, input.date)));
    edits.push(...(await moveReferences(trx, c.continues.id, id, await periodsFrom(trx, c.continues.id, input.date))));
    edits.push(...(await copyScopes(trx, c.continues.id, id, c.draft.code)));
  }
  // Merged units' children now belong to the merged unit.
  if (input.kind === 'merge') for (const old of plan.ended) edits.push(...(await moveChildLinks(trx, old.id, idOf(plan.created[0]!.draft.key), input.date)));
  if (plan.previous) {
    const { unit, typed } = plan.previous;
    edits.push(...(await renameVersion(trx, unit.id, { level: unit.level, ...typed, ...englishNames(typed.name, typed.type), note: null })));
  }
  // unitCreated first on undo's reversed list would delete before moving back: keep them at the end.
  const ordered = [...edits.filter((e) => e.op === 'unitCreated'), ...edits.filter((e) => e.op !== 'unitCreated')];
  await setEventEffects(trx, event.id, JSON.stringify(ordered));
  return { id: event.id, versions: plan.created.length };
}

/** POST /units/events: the event written, the aggregates flagged for a recompute, the audit. */
export async function addUnitEvent(store: Store, ctx: AdminContext, input: UnitEventInput): Promise<UnitEventAnswer> {
  authorizeAdmin(ctx.actor, 'units');
  const now = ctx.now ?? new Date();
  return inTransaction(store.db, async (trx) => {
    const { id } = await applyUnitEventIn(trx, input, `admin:${ctx.actor.name}`);
    await markRecomputeRequired(trx, `sự kiện đơn vị #${id} / unit event #${id}`);
    const answer = await presentEvent(trx, id);
    await writeAudit(
      trx,
      [
        {
          actor: { name: ctx.actor.name, kind: ctx.actor.kind },
          source: 'admin',
          via: ctx.via ?? null,
          entity: 'unit_event',
          entityKey: String(id),
          action: 'create',
          after: { input, links: answer.links },
        },
      ],
      now,
    );
    return { event: answer, recompute: await recomputeState(trx) };
  });
}
