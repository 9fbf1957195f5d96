/**
 * A source system's batch of dossiers (POST /dossiers/batches, the CSV/XLSX import, the demo), in one transaction:
 * every row checked first (its fields, its unit in force on the day received, the caller's right to write for
 * that unit, no source id twice) — one bad row and nothing is written, each problem naming the row and field —
 * then each dossier compared with its current version by the source's own id: new ones inserted (version 1),
 * changed ones updated with a new version kept in dossier_versions, unchanged ones left (so a re-pushed batch
 * writes nothing). One audit event for the batch, and in the same transaction the derived figures the batch moves
 * (refreshDerivedValues over the units concerned, from the first to the last day concerned): the next read sees
 * the new dossier in its indicators.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { dossierProblems, MAX_DOSSIERS_PER_BATCH, sameDossier, type Dossier } from '../../domain/dossiers.ts';
import { ValidationError, type ValidationProblem } from '../../domain/metadata.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { dossiersBySourceIds, insertDossiers, insertDossierVersions, updateDossier, type DossierRow } from '../../store/dossiers/repo.ts';
import { unitVersionsOfCodes } from '../../store/units/tree-reads.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { dossiersCounter } from './counter.ts';

export interface PushInput {
  /** The source system's code ('MOTCUA_58'): with each dossier's sourceId, the key a re-push finds. */
  source: string;
  dossiers: unknown[];
}

export interface PushResult {
  source: string;
  received: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface PushContext {
  actor: Actor;
  now?: Date;
  via?: string;
  /** The demo's records (mô phỏng). */
  simulated?: boolean;
}

const SOURCE_PATTERN = /^[A-Za-z0-9_.-]{1,60}$/;

export async function pushDossiers(store: Store, input: PushInput, ctx: PushContext): Promise<PushResult> {
  const dossiers = checkShape(input);
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const { result, touched } = await writeDossierBatch(trx, input.source, dossiers, ctx, now);
    if (touched.length === 0) return result;
    const days = touched.flatMap((d) => [d.receivedOn, d.finishedOn ?? d.receivedOn]).sort();
    await refreshDerivedValues(trx, dossiersCounter, { unitCodes: [...new Set(touched.map((d) => d.unit))], from: days[0], until: days.at(-1), now });
    return result;
  });
}

/**
 * Checks and writes one batch inside the caller's transaction, with its audit event; returns the counts and the
 * dossiers whose figures may have moved (new ones, and both versions of changed ones). The caller refreshes the
 * derived values (the demo writes many batches, then refreshes once).
 */
export async function writeDossierBatch(trx: Store['db'], source: string, dossiers: readonly Dossier[], ctx: PushContext, now: Date) {
  await checkUnitsAndAccess(trx, ctx.actor, dossiers);
  const current = await dossiersBySourceIds(
    trx,
    source,
    dossiers.map((d) => d.sourceId),
  );
  const at = now.toISOString();
  const simulated = ctx.simulated ? 1 : 0;
  const fresh: Dossier[] = [];
  const changed: Array<{ row: DossierRow; next: Dossier }> = [];
  for (const d of dossiers) {
    const row = current.get(d.sourceId);
    if (!row) fresh.push(d);
    else if (!sameDossier(asDossier(row), d)) changed.push({ row, next: d });
  }
  const ids = await insertDossiers(
    trx,
    fresh.map((d) => ({ source, ...d, version: 1, simulated, updatedAt: at })),
  );
  for (const { row, next } of changed) await updateDossier(trx, row.id, { ...next, version: row.version + 1, updatedAt: at });
  await insertDossierVersions(trx, [
    ...fresh.map((d) => ({ dossierId: ids.get(d.sourceId)!, version: 1, data: JSON.stringify(d), recordedBy: ctx.actor.name, recordedAt: at })),
    ...changed.map(({ row, next }) => ({
      dossierId: row.id,
      version: row.version + 1,
      data: JSON.stringify(next),
      recordedBy: ctx.actor.name,
      recordedAt: at,
    })),
  ]);
  const result: PushResult = {
    source,
    received: dossiers.length,
    created: fresh.length,
    updated: changed.length,
    unchanged: dossiers.length - fresh.length - changed.length,
  };
  const touched = [...fresh, ...changed.flatMap(({ row, next }) => [asDossier(row), next])];
  if (touched.length === 0) return { result, touched };
  await writeAudit(
    trx,
    [
      {
        actor: { name: ctx.actor.name, kind: ctx.actor.kind },
        source: 'dossiers',
        via: ctx.via ?? null,
        entity: 'dossier_batch',
        entityKey: `${source}@${at}`,
        action: 'push',
        before: null,
        after: { ...result, sourceIds: dossiers.length <= 50 ? dossiers.map((d) => d.sourceId) : undefined },
      },
    ],
    now,
  );
  return { result, touched };
}

/** The source system's code: 1–60 of A–Z, 0–9, _ . - (throws naming `source`). */
export function checkSource(source: unknown): void {
  if (typeof source !== 'string' || !SOURCE_PATTERN.test(source))
    throw new ValidationError([{ path: 'source', message: 'mã hệ thống nguồn: 1–60 ký tự A–Z, 0–9, _ . - / the source system code' }]);
}

/** The batch's shape and each row's fields; throws every problem at once. */
export function checkShape(input: PushInput): Dossier[] {
  const problems: ValidationProblem[] = [];
  if (typeof input.source !== 'string' || !SOURCE_PATTERN.test(input.source))
    problems.push({ path: 'source', message: 'mã hệ thống nguồn: 1–60 ký tự A–Z, 0–9, _ . - / the source system code' });
  if (!Array.isArray(input.dossiers) || input.dossiers.length === 0)
    problems.push({ path: 'dossiers', message: 'cần ít nhất một hồ sơ / at least one dossier' });
  else if (input.dossiers.length > MAX_DOSSIERS_PER_BATCH)
    problems.push({ path: 'dossiers', message: `tối đa ${MAX_DOSSIERS_PER_BATCH} hồ sơ một lần / at most ${MAX_DOSSIERS_PER_BATCH} per batch` });
  if (problems.length) throw new ValidationError(problems);
  const out: Dossier[] = [];
  const seen = new Map<string, number>();
  input.dossiers.forEach((raw, i) => {
    const checked = dossierProblems(raw, `dossiers[${i}]`);
    problems.push(...checked.problems);
    if (!checked.value) return;
    const first = seen.get(checked.value.sourceId);
    if (first !== undefined)
      problems.push({ path: `dossiers[${i}].sourceId`, message: `'${checked.value.sourceId}' đã có ở dòng ${first} / repeated (row ${first})` });
    else seen.set(checked.value.sourceId, i);
    out.push(checked.value);
  });
  if (problems.length) throw new ValidationError(problems.slice(0, 200));
  return out;
}

/** Each dossier's unit in force on the day received, and the caller allowed to write for it. */
async function checkUnitsAndAccess(trx: Store['db'], actor: Actor, dossiers: readonly Dossier[]): Promise<void> {
  const versions = await unitVersionsOfCodes(trx, [...new Set(dossiers.map((d) => d.unit))]);
  const problems: ValidationProblem[] = [];
  const resolver = new UnitResolver(trx);
  const scoped = actor.unitScopes.length > 0;
  for (const [i, d] of dossiers.entries()) {
    const inForce = versions.some((v) => v.code === d.unit && v.validFrom <= d.receivedOn && v.validTo > d.receivedOn);
    if (!inForce) {
      problems.push({ path: `dossiers[${i}].unit`, message: `không có đơn vị mã '${d.unit}' vào ngày ${d.receivedOn} / no such unit on that day` });
      continue;
    }
    if (!canOn(actor, 'write_values', scoped ? await resolver.at(d.unit, d.receivedOn) : null))
      throw appError('FORBIDDEN', { action: 'push dossiers', target: d.unit });
  }
  if (problems.length) throw new ValidationError(problems.slice(0, 200));
}

export function asDossier(row: DossierRow): Dossier {
  return {
    sourceId: row.sourceId,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    field: row.field,
    channel: row.channel as Dossier['channel'],
    level: row.level as Dossier['level'],
    unit: row.unit,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    finishedOn: row.finishedOn,
    result: row.result as Dossier['result'],
    state: row.state as Dossier['state'],
  };
}
