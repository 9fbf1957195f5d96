/** Links and facts of the registry figures. The link to the records behind a registry figure (routes/app/registry-records.tsx), keeping the screen's unit, period and view. */
import { screenSearch, type ScreenParams } from '@/lib/screen-params';

export function registryRecordsHref(element: string, params: ScreenParams, indicator?: string): string {
  return `/registries/records/${encodeURIComponent(element)}${screenSearch(params)}${indicator ? `&indicator=${encodeURIComponent(indicator)}` : ''}`;
}

/** Where one record of a registry has its own page (null: the registry has none in the web app yet). */
const RECORD_PAGES: Readonly<Record<string, string>> = { tasks: '/tasks/', products: '/products/', teams: '/teams/', feedback: '/feedback/' };

export function registryRecordHref(registry: string, id: string): string | null {
  const base = RECORD_PAGES[registry];
  return base ? `${base}${encodeURIComponent(id)}` : null;
}
