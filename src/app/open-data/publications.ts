/**
 * Publishing open data (dữ liệu mở): an administrator decides, per indicator and per ranking edition (a framework
 * edition's period, whose published score runs then become public), what anonymous readers may see — nothing is
 * public by default. Each publish and unpublish is one transaction with one audit event (entity `publication`,
 * source `admin`), like the other admin edits. An indicator must exist; a ranking edition must have a published
 * run (a draft run is never public).
 */
import { authorize } from '../policy.ts';
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { writeAudit } from '../../store/audit.ts';
import { inTransaction } from '../../store/transaction.ts';
import { readIndicatorFormula } from '../../store/metadata/indicator-formula.ts';
import {
  deletePublication,
  getPublication,
  listPublications as readPublications,
  savePublication,
  type PublicationKind,
} from '../../store/open-data/publications.ts';
import { publishedEditionRuns } from './ranking-runs.ts';

export type { PublicationKind };

export interface Publication {
  kind: PublicationKind;
  /** The indicator's code, or `framework|edition|period` for a ranking edition. */
  key: string;
  publishedAt: string;
  publishedBy: string;
  note: string | null;
}

export interface PublicationContext {
  actor: Actor;
  via?: string | null;
  now?: Date;
}

/** The key of a ranking edition's publication. */
export function rankingKey(framework: string, edition: string, period: string): string {
  return `${framework}|${edition}|${period}`;
}

export async function listPublications(store: Store, actor: Actor, kind?: PublicationKind): Promise<Publication[]> {
  authorize(actor, 'manage');
  return (await readPublications(store.db, kind)) as Publication[];
}

/** Publishes an indicator (404 INDICATOR_NOT_FOUND for an unknown code). */
export async function publishIndicator(store: Store, code: string, note: string | null, ctx: PublicationContext): Promise<Publication> {
  authorize(ctx.actor, 'manage');
  if (!(await readIndicatorFormula(store.db, code))) throw appError('INDICATOR_NOT_FOUND', { code });
  return publish(store, 'indicator', code, note, ctx);
}

/** Publishes a ranking edition's period: 404 SCORE_RUN_NOT_FOUND when it has no published run. */
export async function publishRanking(
  store: Store,
  key: { framework: string; edition: string; period: string },
  note: string | null,
  ctx: PublicationContext,
): Promise<Publication> {
  authorize(ctx.actor, 'manage');
  const runs = await publishedEditionRuns(store, key.framework, key.edition, key.period);
  if (runs.length === 0)
    throw appError('SCORE_RUN_NOT_FOUND', {
      reason: `${key.framework} ${key.edition} kỳ ${key.period} chưa có lượt chấm điểm đã công bố / has no published score run for ${key.period}`,
    });
  return publish(store, 'ranking', rankingKey(key.framework, key.edition, key.period), note, ctx);
}

/** Withdraws a publication; 404 NOT_FOUND when there was none. */
export async function unpublish(store: Store, kind: PublicationKind, key: string, ctx: PublicationContext): Promise<void> {
  authorize(ctx.actor, 'manage');
  const now = ctx.now ?? new Date();
  await inTransaction(store.db, async (trx) => {
    const before = await getPublication(trx, kind, key);
    if (!before || !(await deletePublication(trx, kind, key))) throw appError('NOT_FOUND');
    await writeAudit(
      trx,
      [{ actor: ctx.actor, source: 'admin', via: ctx.via ?? null, entity: 'publication', entityKey: `${kind}:${key}`, action: 'unpublish', before }],
      now,
    );
  });
}

async function publish(store: Store, kind: PublicationKind, key: string, note: string | null, ctx: PublicationContext): Promise<Publication> {
  const now = ctx.now ?? new Date();
  const row = { kind, key, publishedAt: now.toISOString(), publishedBy: ctx.actor.name, note };
  await inTransaction(store.db, async (trx) => {
    const before = await getPublication(trx, kind, key);
    await savePublication(trx, row);
    await writeAudit(
      trx,
      [{ actor: ctx.actor, source: 'admin', via: ctx.via ?? null, entity: 'publication', entityKey: `${kind}:${key}`, action: 'publish', before, after: row }],
      now,
    );
  });
  return row;
}
