/**
 * The plan's rule "mỗi cơ quan, đơn vị, địa phương … ít nhất một sản phẩm CĐS" as a check: the units of a level
 * (districts or communes) under a unit, as the tree stood at the year's end, that have no product of the year
 * registered and not withdrawn. Provincial agencies are not units of the tree, so the registry cannot know which
 * agency registered none (it knows only the agencies that did): the answer says so instead of guessing.
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { listProductRows } from '../../store/products/repo.ts';
import { unitsOfLevelUnder } from '../../store/products/units.ts';
import { authorizeUnit } from '../policy.ts';

export interface UnitsWithoutProduct {
  unit: string;
  year: number;
  level: 'district' | 'commune';
  /** The day the tree is read at: the year's end. */
  at: string;
  /** Units of the level under the unit that day. */
  total: number;
  withProduct: number;
  units: Array<{ code: string; name: string }>;
  /** Agencies (sở, ban, ngành) are not units of the tree: those with none registered cannot be listed. */
  agencies: { knowable: false; registered: string[]; note: string };
}

export async function unitsWithoutProduct(
  store: Store,
  actor: Actor,
  query: { unit: string; year: number; level: 'district' | 'commune' },
): Promise<UnitsWithoutProduct> {
  const at = `${query.year}-12-31`;
  await authorizeUnit(store, actor, 'read', query.unit, at);
  const units = await unitsOfLevelUnder(store.db, query.unit, query.level, at);
  const rows = await listProductRows(store.db, { units: [query.unit, ...units.map((u) => u.code)], year: query.year });
  const active = rows.filter((r) => r.withdrawnOn === null);
  const owners = new Set(active.map((r) => r.ownerUnit));
  const agencies = [...new Set(active.filter((r) => r.ownerUnit === query.unit && r.agency).map((r) => r.agency))].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    unit: query.unit,
    year: query.year,
    level: query.level,
    at,
    total: units.length,
    withProduct: units.filter((u) => owners.has(u.code)).length,
    units: units.filter((u) => !owners.has(u.code)),
    agencies: {
      knowable: false,
      registered: agencies,
      note: 'Sở, ban, ngành không phải đơn vị trong cây nên không biết cơ quan nào chưa đăng ký; chỉ liệt kê các cơ quan đã đăng ký / agencies are not units of the tree: those that registered none cannot be known, only those that did are listed',
    },
  };
}
