/**
 * The rotation of a wall: the settings from the URL (saved to localStorage) or, with `?wall=1` alone, the ones
 * saved last (written back into the URL, so the address shows what the wall does); every `every` seconds the next
 * screen, keeping the unit, period, view and wall parameters. No pointer needed: → and ← step, Space pauses. The
 * rotation holds while the server is away (the screen keeps its last figures rather than open one it cannot fill).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { currentWallScreen, parseWallSettings, saveWallSettings, savedWallSettings, wallScreenUrl, wallSearchParams, type WallSettings } from './rotation';

export interface WallRotation {
  settings: WallSettings | null;
  /** The screen shown, 0-based (-1: a screen outside the rotation). */
  index: number;
  /** Seconds before the next screen. */
  remaining: number;
  paused: boolean;
  /** Why it holds: the user's pause, or the lost connection. */
  holding: 'paused' | 'offline' | null;
  togglePause: () => void;
}

export function useWallRotation(connected: boolean): WallRotation {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const fromUrl = useMemo(() => parseWallSettings(search), [search]);
  const [saved] = useState(savedWallSettings);
  const settings = fromUrl ?? saved;

  // The URL names the settings: keep them; it names none: show the saved ones in it.
  const rotate = fromUrl ? wallSearchParams(fromUrl) : null;
  useEffect(() => {
    if (fromUrl) saveWallSettings(fromUrl);
  }, [rotate?.rotate, rotate?.every]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (fromUrl || !saved) return;
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(wallSearchParams(saved))) next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }, [fromUrl, saved, setSearch]);

  const index = settings ? currentWallScreen(settings.screens, location.pathname, search) : -1;
  const total = settings?.screens.length ?? 0;
  const go = useCallback(
    (step: number) => {
      if (!settings || total === 0) return;
      const next = (index + step + total) % total;
      navigate(wallScreenUrl(settings.screens[next]!, new URLSearchParams(location.search)));
    },
    [settings, total, index, navigate, location.search],
  );

  // Opened on a screen outside the rotation (`?wall=1&rotate=…` on any page): start at its first screen.
  useEffect(() => {
    if (settings && index < 0) navigate(wallScreenUrl(settings.screens[0]!, new URLSearchParams(location.search)), { replace: true });
  }, [settings, index, navigate, location.search]);

  const [paused, setPaused] = useState(false);
  const holding = paused ? 'paused' : connected ? null : 'offline';
  const every = settings?.every ?? 0;
  const rotating = settings !== null && total > 1 && index >= 0;
  // Seconds shown on this screen (counted per location: a new screen starts again at 0; a pause holds the count).
  const [elapsed, setElapsed] = useState({ key: location.key, seconds: 0 });
  const key = location.key;
  useEffect(() => {
    if (holding || !rotating) return;
    const tick = setInterval(() => setElapsed((e) => ({ key, seconds: e.key === key ? e.seconds + 1 : 1 })), 1000);
    return () => clearInterval(tick);
  }, [holding, rotating, key]);
  const remaining = Math.max(0, every - (elapsed.key === key ? elapsed.seconds : 0));
  useEffect(() => {
    if (remaining === 0 && !holding && rotating) go(1);
  }, [remaining, holding, rotating, go]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
      if (event.key === 'ArrowRight') go(1);
      else if (event.key === 'ArrowLeft') go(-1);
      else if (event.key === ' ' && target?.tagName !== 'BUTTON' && target?.tagName !== 'A') {
        event.preventDefault();
        setPaused((p) => !p);
      } else return;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return { settings, index, remaining, paused, holding, togglePause: () => setPaused((p) => !p) };
}
