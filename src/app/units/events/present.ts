/** A unit event as the API answers it (its links with both ends), and whether the aggregates wait for a recompute. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.ts';
import { eventLinks, findLineageEvent } from '../../../store/units/event-reads.ts';
import { openToNull } from '../../../store/dates.ts';
import { recomputeReason } from '../../../compute/aggregates/recompute.ts';
import { appError } from '../../../domain/errors.ts';

export interface PresentedEvent {
  id: number;
  kind: string;
  date: string | null;
  legalBasis: string | null;
  note: string | null;
  source: string;
  /** Entered by an administrator (its edits are kept): it may be withdrawn. */
  withdrawable: boolean;
  links: Array<{
    from: { code: string; fullName: string };
    to: { code: string; fullName: string; validFrom: string | null };
    part: string;
    share: number | null;
  }>;
}

export interface RecomputeState {
  /** The stored aggregates do not follow the tree yet: POST /compute/recompute. */
  required: boolean;
  reason: string | null;
}

export interface UnitEventAnswer {
  event: PresentedEvent;
  recompute: RecomputeState;
}

export async function presentEvent(db: Kysely<Database>, id: number): Promise<PresentedEvent> {
  const event = await findLineageEvent(db, id);
  if (!event) throw appError('NOT_FOUND');
  const links = await eventLinks(db, id);
  return {
    id: event.id,
    kind: event.kind,
    date: event.date,
    legalBasis: event.legalBasis,
    note: event.note,
    source: event.source,
    withdrawable: event.effects !== null,
    links: links.map((l) => ({
      from: { code: l.fromCode, fullName: l.fromName },
      to: { code: l.toCode, fullName: l.toName, validFrom: openToNull(l.toValidFrom) },
      part: l.part,
      share: l.share === null ? null : Number(l.share),
    })),
  };
}

export async function recomputeState(db: Kysely<Database>): Promise<RecomputeState> {
  const reason = await recomputeReason(db);
  return { required: reason !== null, reason };
}
