import { describe, expect, it } from 'vitest';
import {
  currentWallScreen,
  parseEvery,
  parseWallScreen,
  parseWallSettings,
  savedWallSettings,
  saveWallSettings,
  wallScreenUrl,
  WALL_EVERY,
  WALL_STORAGE_KEY,
} from './rotation';

describe('wall rotation in the URL', () => {
  it('reads the screens, their indicator and unit, and drops malformed entries', () => {
    expect(parseWallScreen('overview')).toEqual({ kind: 'overview' });
    expect(parseWallScreen('overview:CT_XA_CAP_QUANG')).toEqual({ kind: 'overview', code: 'CT_XA_CAP_QUANG' });
    expect(parseWallScreen('indicator:CT_XA_CAP_QUANG@67')).toEqual({ kind: 'indicator', code: 'CT_XA_CAP_QUANG', unit: '67' });
    expect(parseWallScreen('indicator')).toBeNull();
    expect(parseWallScreen('rankings')).toBeNull();
    expect(parseWallScreen('indicator:<script>')).toBeNull();
    const settings = parseWallSettings(new URLSearchParams('rotate=overview,,bogus,indicator:CT_A&every=12'));
    expect(settings).toEqual({ screens: [{ kind: 'overview' }, { kind: 'indicator', code: 'CT_A' }], every: 12 });
    expect(parseWallSettings(new URLSearchParams('rotate=bogus'))).toBeNull();
  });

  it('bounds the pace', () => {
    expect(parseEvery(null)).toBe(WALL_EVERY.default);
    expect(parseEvery('1')).toBe(WALL_EVERY.min);
    expect(parseEvery('99999')).toBe(WALL_EVERY.max);
    expect(parseEvery('abc')).toBe(WALL_EVERY.default);
  });

  it('builds each screen’s address from the current one and finds where the wall is', () => {
    const current = new URLSearchParams('wall=1&rotate=x&every=30&unit=67&period=2022S2&view=was&indicator=CT_B');
    expect(wallScreenUrl({ kind: 'indicator', code: 'CT_A' }, current)).toBe('/indicators/CT_A?wall=1&rotate=x&every=30&unit=67&period=2022S2&view=was');
    expect(wallScreenUrl({ kind: 'overview', code: 'CT_A', unit: '06' }, current)).toBe(
      '/?wall=1&rotate=x&every=30&unit=06&period=2022S2&view=was&indicator=CT_A',
    );
    const screens = [
      { kind: 'overview' as const, code: 'CT_A' },
      { kind: 'indicator' as const, code: 'CT_A' },
      { kind: 'overview' as const, unit: '06' },
    ];
    expect(currentWallScreen(screens, '/', new URLSearchParams('unit=67&indicator=CT_A'))).toBe(0);
    expect(currentWallScreen(screens, '/indicators/CT_A', new URLSearchParams('unit=67'))).toBe(1);
    expect(currentWallScreen(screens, '/', new URLSearchParams('unit=06&indicator=CT_B'))).toBe(2);
    expect(currentWallScreen(screens, '/entry', new URLSearchParams('unit=67'))).toBe(-1);
  });

  it('keeps the last settings in storage, and survives a broken entry', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveWallSettings({ screens: [{ kind: 'indicator', code: 'CT_A', unit: '67' }], every: 20 }, storage);
    expect(savedWallSettings(storage)).toEqual({ screens: [{ kind: 'indicator', code: 'CT_A', unit: '67' }], every: 20 });
    store.set(WALL_STORAGE_KEY, '{not json');
    expect(savedWallSettings(storage)).toBeNull();
  });
});
