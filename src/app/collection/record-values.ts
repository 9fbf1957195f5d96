/**
 * THE write path for data values (forms, imports, the batch API, the demo). In ONE transaction:
 * resolve codes (element by code; the unit version in force at the period's end), check permission per
 * item, check locks (values of a submitted/approved submission), validate (types and ranges, evidence
 * references — evidence of the same unit, period and element — and required evidence, validation rules:
 * errors block, warnings block unless accepted with a comment), write a new version of each changed value,
 * apply the changes to the aggregates (the aggregate sink, live), write the audit trail. The checks and
 * writes of one (unit, period) run under its lock (store/values/unit-period-locks.ts), as does the workflow's.
 * Any problem → an AppError (recordRefused) listing every problem with its item index; nothing is written.
 * Set-based, so 100,000 values are one transaction: codes, units and their paths are resolved for the whole
 * batch, current values and locks loaded in chunks, versions written 1,000 per statement, the aggregate
 * deltas applied once and the audit rows inserted many per statement.
 */
import type { Kysely } from 'kysely';
import { openAggregateSink } from '../../compute/aggregates/sink.ts';
import type { Actor } from '../../domain/access.ts';
import { ValidationError } from '../../domain/metadata.ts';
import { type DataValueContent } from '../../domain/values.ts';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { valueAuditKey, writeAudit } from '../../store/audit.ts';
import { lockedValues } from '../../store/collection/submissions.ts';
import { lockUnitPeriods } from '../../store/values/unit-period-locks.ts';
import { listCurrentValues, writeValuesIn, type CurrentValue, type ValueInput } from '../../store/values/repo.ts';
import { recordRefused, type ItemProblem } from './errors.ts';
import { checkEvidenceRefs } from './evidence-refs.ts';
import { checkItems, type CheckedItem } from './item-checks.ts';
import { checkEvidence, checkRules } from './rule-checks.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';

/** Units per current-values query (× the batch's periods). */
const UNIT_CHUNK = 500;
/** Audit events built and written at a time. */
const AUDIT_SLICE = 5000;

export interface RecordItem {
  /** Data element code. */
  dataElement: string;
  /** Unit code. */
  unit: string;
  period: string;
  value: DataValueContent;
  /** Absent: keep the stored comment; null or '': clear it. */
  comment?: string | null;
  /** The id of an evidence record (minh chứng) of this unit, period and element. Absent: keep the stored one; null or '': clear it. */
  evidence?: string | null;
  /**
   * True for a figure worked back from others ("tăng 26 bậc" ⇒ hạng 53), not reported as such; its comment should
   * say how. Absent: reported (a write says what it is each time, so re-entering a figure as reported clears it).
   */
  derived?: boolean;
}

/** Who writes; 'registry': the counts the programme registries compute (app/registries/derived-values.ts). */
export type RecordSource = 'form' | 'import' | 'api' | 'demo' | 'registry';

export interface RecordContext {
  actor: Actor;
  source: RecordSource;
  /** ip address / user agent / file name. */
  via?: string;
  /** Warnings the caller accepts (the item's comment must then be non-empty). */
  acceptWarnings?: ReadonlyArray<{ index: number; rule: string }>;
  /** Accept every warning of an item that has a non-empty comment (the import: a row's "Ghi chú" accepts it). */
  acceptCommentedWarnings?: boolean;
  now?: Date;
  /** Called as versions are written (done of total items) and once at the end (total of total). */
  onProgress?: (done: number, total: number) => void;
}

export interface AcceptedWarning {
  index: number;
  rule: string;
  message: string;
}

export interface RecordResult {
  created: number;
  updated: number;
  unchanged: number;
  /** The warnings accepted and saved with their comment. */
  warnings: AcceptedWarning[];
}

/** Records values in one transaction of its own. */
export async function recordValues(store: Store, items: readonly RecordItem[], ctx: RecordContext): Promise<RecordResult> {
  return inRetryingTransaction(store.db, (trx) => recordValuesIn(trx, items, ctx));
}

/** Records values inside the caller's transaction (which a throw rolls back). */
export async function recordValuesIn(trx: Kysely<Database>, items: readonly RecordItem[], ctx: RecordContext): Promise<RecordResult> {
  const now = ctx.now ?? new Date();
  if (items.length === 0) return { created: 0, updated: 0, unchanged: 0, warnings: [] };
  const { checked, problems, forbidden } = await checkItems(trx, items, ctx.actor, ctx.source);
  if (forbidden.length > 0) throw recordRefused('forbidden', forbidden);

  // From here to the commit, no other writer of these (unit, period)s — a save, a submit — runs: what the
  // checks below read (locks, stored values, rules) is still true when the versions are written.
  await lockUnitPeriods(
    trx,
    checked.map((c) => ({ unitId: c.unit.id, period: c.period })),
  );
  const locked = await lockedValues(
    trx,
    checked.map((c) => ({ elementId: c.element.id, unitId: c.unit.id, period: c.period })),
  );
  if (locked.length > 0) {
    const lockProblems: ItemProblem[] = [];
    const locks = new Map(locked.map((l) => [`${l.elementId}|${l.unitId}|${l.period}`, l]));
    for (const c of checked) {
      const lock = locks.get(`${c.element.id}|${c.unit.id}|${c.period}`);
      if (lock) {
        const state = lock.state === 'approved' ? 'đã duyệt / approved' : 'đã gửi / submitted';
        lockProblems.push({
          index: c.index,
          field: 'value',
          message: `thuộc biểu mẫu ${lock.dataset} ${state}; cần mở lại hoặc trả lại trước khi sửa / locked until reopened or returned`,
        });
      }
    }
    throw recordRefused('locked', lockProblems);
  }

  // Stored values of every (unit, period) touched: for comments/evidence kept as they were, and for rules.
  const current = await currentValuesOf(trx, checked);
  const currentByKey = new Map(current.map((v) => [`${v.elementId}|${v.unitId}|${v.period}`, v]));
  const newReferences: CheckedItem[] = [];
  for (const c of checked) {
    const stored = currentByKey.get(`${c.element.id}|${c.unit.id}|${c.period}`);
    if (c.comment === undefined) c.comment = stored?.comment ?? null;
    if (c.evidence === undefined) c.evidence = stored?.evidenceRef ?? null;
    else if (c.evidence !== null && c.evidence !== stored?.evidenceRef) newReferences.push(c);
  }
  problems.push(...(await checkEvidenceRefs(trx, newReferences)));
  problems.push(...(await checkEvidence(trx, checked)));
  const { problems: ruleProblems, accepted } = await checkRules(
    trx,
    checked,
    current,
    ctx.acceptWarnings ?? [],
    undefined,
    ctx.acceptCommentedWarnings ?? false,
  );
  problems.push(...ruleProblems);
  if (problems.length > 0) throw recordRefused('invalid', sortProblems(problems));

  const inputs: ValueInput[] = checked.map((c) => ({
    elementId: c.element.id,
    unitId: c.unit.id,
    period: c.period,
    value: c.value,
    comment: c.comment ?? null,
    evidenceRef: c.evidence ?? null,
    derived: c.derived,
    author: ctx.actor.name,
    source: ctx.source,
  }));
  const report = ctx.onProgress;
  const written = await writeValuesIn(trx, inputs, now, report ? (done) => report(done, items.length) : undefined).catch((error: unknown) => {
    throw error instanceof ValidationError ? recordRefused('invalid', fromStoreProblems(error, checked)) : error;
  });
  // Only reads the closure: units it does not cover are refused (AGGREGATES_NOT_READY), never rebuilt here.
  const aggregates = await openAggregateSink(trx, { mode: 'live' });
  await aggregates.add(written.changes);
  await aggregates.close();
  const acceptedByIndex = new Map<number, string[]>();
  for (const w of accepted) acceptedByIndex.set(w.index, [...(acceptedByIndex.get(w.index) ?? []), w.rule]);
  // The audit events are built and inserted a slice at a time, so a large batch never holds them all.
  for (let start = 0; start < checked.length; start += AUDIT_SLICE) {
    const events = checked.slice(start, start + AUDIT_SLICE).flatMap((c, k) => {
      const i = start + k;
      const result = written.items[i];
      if (!result || result.action === 'unchanged') return [];
      const warnings = acceptedByIndex.get(c.index) ?? [];
      return [
        {
          actor: { name: ctx.actor.name, kind: ctx.actor.kind },
          source: ctx.source,
          via: ctx.via ?? null,
          entity: 'data_value',
          entityKey: valueAuditKey(c.element.code, c.unit.code, c.period),
          action: result.action,
          before: result.before,
          after: {
            value: c.value,
            status: inputs[i]?.status ?? 'draft',
            comment: c.comment ?? null,
            evidenceRef: c.evidence ?? null,
            ...(c.derived ? { derived: true } : {}),
            version: result.version,
            ...(warnings.length ? { acceptedWarnings: warnings } : {}),
          },
        },
      ];
    });
    await writeAudit(trx, events, now);
  }
  report?.(items.length, items.length);
  return { ...written.counts, warnings: accepted };
}

/** Stored values of every (unit, period) the batch touches, 500 units a query (for kept comments and the rules). */
async function currentValuesOf(trx: Kysely<Database>, checked: readonly CheckedItem[]): Promise<CurrentValue[]> {
  const unitIds = [...new Set(checked.map((c) => c.unit.id))];
  const periods = [...new Set(checked.map((c) => c.period))];
  const out: CurrentValue[] = [];
  for (let i = 0; i < unitIds.length; i += UNIT_CHUNK) out.push(...(await listCurrentValues(trx, { unitIds: unitIds.slice(i, i + UNIT_CHUNK), periods })));
  return out;
}

function sortProblems(problems: ItemProblem[]): ItemProblem[] {
  return problems.sort((a, b) => a.index - b.index);
}

const STORE_FIELDS: Record<string, string> = { elementId: 'dataElement', elementCode: 'dataElement', unitId: 'unit', evidenceRef: 'evidence' };

/** values[i].field problems of the store (checks it makes itself) → item problems with the batch's indexes. */
function fromStoreProblems(error: ValidationError, checked: readonly CheckedItem[]): ItemProblem[] {
  return error.problems.map((p) => {
    const match = /^values\[(\d+)\]\.(\w+)$/.exec(p.path);
    const position = match ? Number(match[1]) : 0;
    const field = match?.[2] ?? 'value';
    return { index: checked[position]?.index ?? position, field: STORE_FIELDS[field] ?? field, message: p.message };
  });
}
