/**
 * The DX products of a unit (and the units under it, as the tree stood at the year's end) and year, with the
 * counts a steering meeting reads — "18 đã đăng ký, 1 hoàn thành": by state and by the owner's level (provincial
 * agencies, districts, communes), computed from the registry. Only the products the caller may read are listed
 * and counted. One product with its steps.
 */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { DONE_STATES, PRODUCT_STATES, productOverdue, type ProductState } from '../../domain/dx-products.ts';
import type { Store } from '../../store/db.ts';
import { getProductRow, listProductRows, productSteps, type ProductRow } from '../../store/products/repo.ts';
import { unitCodesUnder, unitLevelsAt } from '../../store/products/units.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { authorizeUnit } from '../policy.ts';
import { ownerOf, productViews, type ProductView } from './view.ts';

export interface ProductListQuery {
  unit?: string;
  year?: number;
  state?: ProductState;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

export const PRODUCT_LEVELS = ['province', 'district', 'commune', 'other'] as const;
export type ProductLevel = (typeof PRODUCT_LEVELS)[number];

export interface ProductCounts {
  /** Registered and not withdrawn (the completed and evaluated ones included): "18 đã đăng ký". */
  registered: number;
  /** Completed or evaluated: "1 hoàn thành". */
  completed: number;
  overdue: number;
  byState: Record<ProductState, number>;
  /** By the owner's level on its registration day: province = the province itself and its agencies. */
  byLevel: Record<ProductLevel, { registered: number; completed: number }>;
}

export interface ProductList {
  total: number;
  limit: number;
  offset: number;
  counts: ProductCounts;
  items: ProductView[];
}

export async function listProducts(store: Store, actor: Actor, query: ProductListQuery, today: string): Promise<ProductList> {
  let units: string[] | null = null;
  if (query.unit) {
    const at = query.year ? `${query.year}-12-31` : today;
    await authorizeUnit(store, actor, 'read', query.unit, at);
    units = await unitCodesUnder(store.db, query.unit, at);
  }
  const rows = await readable(store, actor, await listProductRows(store.db, { units, ...(query.year !== undefined ? { year: query.year } : {}) }));
  const counts = await countProducts(store, rows, today);
  const chosen = rows.filter(
    (r) =>
      (!query.state || r.state === query.state) &&
      (query.overdue === undefined || productOverdue({ state: r.state as ProductState, targetDate: r.targetDate }, today) === query.overdue),
  );
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const items = await productViews(store.db, actor, chosen.slice(offset, offset + limit), today);
  return { total: chosen.length, limit, offset, counts, items };
}

export interface ProductDetail extends ProductView {
  steps: Array<{ action: string; from: string | null; to: string; on: string; note: string | null; by: string; at: string }>;
}

export async function readProduct(store: Store, actor: Actor, id: number, today: string): Promise<ProductDetail> {
  const row = await getProductRow(store.db, id);
  if (!row) throw appError('RECORD_NOT_FOUND', { what: 'sản phẩm CĐS', whatEn: 'DX product', id: String(id) });
  const units = new UnitResolver(store.db);
  if (!canOn(actor, 'read', await ownerOf(units, row))) throw appError('FORBIDDEN', { action: 'read', target: row.ownerUnit });
  const [view] = await productViews(store.db, actor, [row], today, units);
  const steps = (await productSteps(store.db, id)).map((s) => ({
    action: s.action,
    from: s.fromState,
    to: s.toState,
    on: s.onDay,
    note: s.note,
    by: s.createdBy,
    at: s.createdAt,
  }));
  return { ...view!, steps };
}

/** The rows the caller may read (the owner unit on its registration day). */
async function readable(store: Store, actor: Actor, rows: ProductRow[]): Promise<ProductRow[]> {
  const units = new UnitResolver(store.db);
  const out: ProductRow[] = [];
  for (const r of rows) if (canOn(actor, 'read', await ownerOf(units, r))) out.push(r);
  return out;
}

async function countProducts(store: Store, rows: readonly ProductRow[], today: string): Promise<ProductCounts> {
  const byState = Object.fromEntries(PRODUCT_STATES.map((s) => [s, 0])) as Record<ProductState, number>;
  const byLevel = Object.fromEntries(PRODUCT_LEVELS.map((l) => [l, { registered: 0, completed: 0 }])) as ProductCounts['byLevel'];
  const levels = new Map<string, string>();
  for (const day of new Set(rows.map((r) => r.registeredOn))) {
    const codes = [...new Set(rows.filter((r) => r.registeredOn === day).map((r) => r.ownerUnit))];
    for (const [code, u] of await unitLevelsAt(store.db, codes, day)) levels.set(`${code}@${day}`, u.level);
  }
  let overdue = 0;
  for (const r of rows) {
    const state = r.state as ProductState;
    byState[state] += 1;
    if (productOverdue({ state, targetDate: r.targetDate }, today)) overdue += 1;
    if (state === 'withdrawn') continue;
    const found = levels.get(`${r.ownerUnit}@${r.registeredOn}`);
    const level: ProductLevel = found === 'province' || found === 'district' || found === 'commune' ? found : 'other';
    byLevel[level].registered += 1;
    if (DONE_STATES.includes(state)) byLevel[level].completed += 1;
  }
  const registered = rows.length - byState.withdrawn;
  return { registered, completed: byState.completed + byState.evaluated, overdue, byState, byLevel };
}
