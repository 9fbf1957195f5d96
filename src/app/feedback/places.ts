/**
 * The public form's place picker: the communes and wards in force today whose name matches what the citizen
 * typed (accent-insensitive, "phuong 1" finds "Phường 1"), each with its province, at most 20. Reference data, no
 * login: a report filed without a map point names one of these and is routed to it (routing.ts).
 */
import type { Store } from '../../store/db.ts';
import { listUnits } from '../../store/units/repo.ts';

export const PLACES_LIMIT = 20;

export interface FeedbackPlace {
  code: string;
  name: string;
  province: string | null;
}

export async function feedbackPlaces(store: Store, q: string, today: string): Promise<{ items: FeedbackPlace[] }> {
  const { items } = await listUnits(store.db, { at: today, level: 'commune', q, limit: PLACES_LIMIT });
  if (items.length === 0) return { items: [] };
  const provinces = new Map((await listUnits(store.db, { at: today, level: 'province' })).items.map((p) => [p.code, p.name]));
  return { items: items.map((u) => ({ code: u.code, name: u.name, province: u.parentCode ? (provinces.get(u.parentCode) ?? null) : null })) };
}
