/**
 * A DX product as the API answers it: its fields, owner (unit named as on its registration day, and agency), the
 * indicators it should move (named), its evidence and evaluation, overdue against today, and what the caller may
 * do next. Policy (domain/access.ts): the owner unit's reporters register, edit and move it (`write_values`),
 * approvers and admins evaluate it (`approve`), everyone who may read the unit reads it; all unit-scoped.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import {
  daysOverdue,
  productActions,
  productOverdue,
  type ProductAction,
  type ProductEvidence,
  type ProductKind,
  type ProductState,
} from '../../domain/dx-products.ts';
import { getIndicators } from '../../store/metadata/indicators.ts';
import type { ProductRow } from '../../store/products/repo.ts';
import { productIndicatorCodes } from '../../store/products/repo.ts';
import type { Database } from '../../store/schema.ts';
import { canOn, UnitResolver, type ResolvedUnit } from '../follow-ups/units.ts';

export interface ProductView {
  id: number;
  name: string;
  kind: ProductKind;
  owner: { unit: string; unitName: string; agency: string | null };
  year: number;
  targetDate: string;
  description: string | null;
  state: ProductState;
  registeredOn: string;
  startedOn: string | null;
  completedOn: string | null;
  evaluatedOn: string | null;
  withdrawnOn: string | null;
  evidence: ProductEvidence[];
  evaluation: { grade: string; score: number | null; comment: string } | null;
  indicators: Array<{ code: string; name: string }>;
  overdue: boolean;
  daysOverdue: number;
  simulated: boolean;
  abilities: { edit: boolean } & Record<ProductAction, boolean>;
}

/** The owner unit of a product, as on its registration day. */
export function ownerOf(units: UnitResolver, row: Pick<ProductRow, 'ownerUnit' | 'registeredOn'>): Promise<ResolvedUnit | null> {
  return units.at(row.ownerUnit, row.registeredOn);
}

/** The owner unit's reporters (and admins) register and move its products; API tokens, which write values, do not. */
export function canWriteProduct(actor: Actor, unit: ResolvedUnit | null): boolean {
  return actor.role !== 'api_client' && canOn(actor, 'write_values', unit);
}

/** What the caller may do with a product in its state. */
export function productAbilities(actor: Actor, unit: ResolvedUnit | null, state: ProductState): ProductView['abilities'] {
  const write = canWriteProduct(actor, unit);
  const allowed = new Set(productActions(state));
  return {
    edit: write && (state === 'registered' || state === 'in_progress'),
    start: write && allowed.has('start'),
    complete: write && allowed.has('complete'),
    withdraw: write && allowed.has('withdraw'),
    evaluate: canOn(actor, 'approve', unit) && allowed.has('evaluate'),
  };
}

/** The views of some product rows (indicators and unit names read once for all). */
export async function productViews(
  db: Kysely<Database>,
  actor: Actor,
  rows: readonly ProductRow[],
  today: string,
  units = new UnitResolver(db),
): Promise<ProductView[]> {
  const codes = await productIndicatorCodes(
    db,
    rows.map((r) => r.id),
  );
  const names = await getIndicators(db, [...new Set([...codes.values()].flat())]);
  const out: ProductView[] = [];
  for (const r of rows) {
    const unit = await ownerOf(units, r);
    const state = r.state as ProductState;
    out.push({
      id: r.id,
      name: r.name,
      kind: r.kind as ProductKind,
      owner: { unit: r.ownerUnit, unitName: unit?.name ?? r.ownerUnit, agency: r.agency || null },
      year: r.year,
      targetDate: r.targetDate,
      description: r.description,
      state,
      registeredOn: r.registeredOn,
      startedOn: r.startedOn,
      completedOn: r.completedOn,
      evaluatedOn: r.evaluatedOn,
      withdrawnOn: r.withdrawnOn,
      evidence: JSON.parse(r.evidence) as ProductEvidence[],
      evaluation: r.grade ? { grade: r.grade, score: r.score, comment: r.evaluationComment ?? '' } : null,
      indicators: (codes.get(r.id) ?? []).map((code) => ({ code, name: names.get(code)?.name ?? code })),
      overdue: productOverdue({ state, targetDate: r.targetDate }, today),
      daysOverdue: daysOverdue({ state, targetDate: r.targetDate }, today),
      simulated: r.simulated === 1,
      abilities: productAbilities(actor, unit, state),
    });
  }
  return out;
}
