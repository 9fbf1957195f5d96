/**
 * The screens a wall rotates through, as the URL says them: `rotate=overview,indicator:CT_XA_CAP_QUANG@67,overview:CT_HO_CAP_QUANG`
 * and `every=30` (seconds). An entry is a screen kind, an optional argument after ':' (the indicator) and an
 * optional unit after '@' (else the screen's unit): `overview` (Trang điều hành, its indicator chosen by the
 * argument), `indicator:CODE` (Trang chỉ tiêu). Unknown or malformed entries are dropped, so a typo shows the others.
 * The last settings are kept in localStorage: `?wall=1` alone takes them up again.
 */

export type WallScreenKind = 'overview' | 'indicator';

export interface WallScreen {
  kind: WallScreenKind;
  /** The indicator (required for `indicator`, optional for `overview`). */
  code?: string;
  /** A unit other than the screen's. */
  unit?: string;
}

export interface WallSettings {
  screens: WallScreen[];
  /** Seconds on each screen. */
  every: number;
}

export const WALL_EVERY = { min: 5, max: 3600, default: 30 } as const;
export const MAX_WALL_SCREENS = 20;
export const WALL_STORAGE_KEY = 'dxioc.wall';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
const ENTRY = /^(overview|indicator)(?::([^@]+))?(?:@(.+))?$/;

export function parseWallScreen(entry: string): WallScreen | null {
  const match = ENTRY.exec(entry.trim());
  if (!match) return null;
  const [, kind, code, unit] = match as unknown as [string, WallScreenKind, string | undefined, string | undefined];
  if (code !== undefined && !CODE.test(code)) return null;
  if (unit !== undefined && !CODE.test(unit)) return null;
  if (kind === 'indicator' && code === undefined) return null;
  return { kind, ...(code ? { code } : {}), ...(unit ? { unit } : {}) };
}

export function formatWallScreen(screen: WallScreen): string {
  return `${screen.kind}${screen.code ? `:${screen.code}` : ''}${screen.unit ? `@${screen.unit}` : ''}`;
}

/** The settings a query string names, or null when it names no screen (`rotate` missing or all malformed). */
export function parseWallSettings(search: URLSearchParams): WallSettings | null {
  const screens = (search.get('rotate') ?? '')
    .split(',')
    .filter((e) => e.trim() !== '')
    .map(parseWallScreen)
    .filter((s): s is WallScreen => s !== null)
    .slice(0, MAX_WALL_SCREENS);
  if (screens.length === 0) return null;
  return { screens, every: parseEvery(search.get('every')) };
}

export function parseEvery(raw: string | null): number {
  const seconds = raw !== null && /^\d{1,5}$/.test(raw) ? Number(raw) : WALL_EVERY.default;
  return Math.min(WALL_EVERY.max, Math.max(WALL_EVERY.min, seconds));
}

/** The settings as query parameters (what the URL and localStorage keep). */
export function wallSearchParams(settings: WallSettings): { rotate: string; every: string } {
  return { rotate: settings.screens.map(formatWallScreen).join(','), every: String(settings.every) };
}

/** The URL of a screen of the rotation: its path, and the current query with its unit and indicator set. */
export function wallScreenUrl(screen: WallScreen, current: URLSearchParams): string {
  const search = new URLSearchParams(current);
  if (screen.unit) search.set('unit', screen.unit);
  if (screen.kind === 'overview') {
    if (screen.code) search.set('indicator', screen.code);
    return `/?${search.toString()}`;
  }
  search.delete('indicator');
  return `/indicators/${encodeURIComponent(screen.code!)}?${search.toString()}`;
}

/** Which screen of the rotation a location shows (-1 for none: the rotation then starts again at the first). */
export function currentWallScreen(screens: readonly WallScreen[], pathname: string, search: URLSearchParams): number {
  return screens.findIndex((screen) => {
    if (screen.unit && search.get('unit') !== screen.unit) return false;
    if (screen.kind === 'indicator') return pathname === `/indicators/${encodeURIComponent(screen.code!)}`;
    return pathname === '/' && (!screen.code || search.get('indicator') === screen.code);
  });
}

/** The settings saved last (localStorage), or null. */
export function savedWallSettings(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): WallSettings | null {
  try {
    const raw = storage?.getItem(WALL_STORAGE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as { rotate?: unknown; every?: unknown };
    if (typeof saved.rotate !== 'string') return null;
    return parseWallSettings(new URLSearchParams({ rotate: saved.rotate, every: String(saved.every ?? '') }));
  } catch {
    return null;
  }
}

export function saveWallSettings(settings: WallSettings, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(WALL_STORAGE_KEY, JSON.stringify(wallSearchParams(settings)));
  } catch {
    // private mode: the settings last for this page only
  }
}
