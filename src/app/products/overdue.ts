/**
 * Overdue DX products (đôn đốc): registered or in progress whose target date is before `today`, computed, never
 * stored. Under a unit in force today, through today's tree (the 'now' view: old Ninh Thuận's products under
 * Khánh Hòa), or under a unit the reform abolished through the tree of its last day; without a unit, every product the caller may read. Most overdue first. The tasks' daily digest and
 * the Đôn đốc panel read this (keep the signature).
 */
import type { Actor } from '../../domain/access.ts';
import { daysOverdue, type ProductState } from '../../domain/dx-products.ts';
import type { Store } from '../../store/db.ts';
import { listProductRows } from '../../store/products/repo.ts';
import { unitCodesUnder } from '../../store/products/units.ts';
import { lastDayInForce } from '../../store/units/in-force.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { authorizeUnit } from '../policy.ts';
import { ownerOf } from './view.ts';

export interface OverdueProduct {
  id: number;
  name: string;
  ownerUnit: string;
  agency: string | null;
  targetDate: string;
  state: ProductState;
  daysOverdue: number;
}

export async function listOverdueProducts(store: Store, actor: Actor, { unit, today }: { unit?: string; today: string }): Promise<OverdueProduct[]> {
  let units: string[] | null = null;
  if (unit) {
    // A unit abolished by the reform (Đắk Nông on 1/7/2025) answers for the units under it on its last day in force.
    const at = (await lastDayInForce(store.db, unit, today)) ?? today;
    await authorizeUnit(store, actor, 'read', unit, at);
    units = await unitCodesUnder(store.db, unit, at, at === today ? 'now' : 'was');
  }
  const rows = await listProductRows(store.db, { units, states: ['registered', 'in_progress'] });
  const resolver = new UnitResolver(store.db);
  const out: OverdueProduct[] = [];
  for (const r of rows) {
    const state = r.state as ProductState;
    const days = daysOverdue({ state, targetDate: r.targetDate }, today);
    if (days === 0 || !canOn(actor, 'read', await ownerOf(resolver, r))) continue;
    out.push({ id: r.id, name: r.name, ownerUnit: r.ownerUnit, agency: r.agency || null, targetDate: r.targetDate, state, daysOverdue: days });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.id - b.id);
}
