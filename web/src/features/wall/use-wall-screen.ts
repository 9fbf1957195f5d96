/**
 * What a wall screen does to the page, with no pointer: asks for full screen (the Fullscreen API grants it only
 * after a key press or a click, so the first one asks again; a kiosk browser started full screen needs neither),
 * and hides the cursor after 3 s without moving it.
 */
import { useCallback, useEffect, useState } from 'react';

export const CURSOR_IDLE_MS = 3000;

export function useFullscreen(): { active: boolean; available: boolean; request: () => void } {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  const available = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const request = useCallback(() => {
    if (!document.fullscreenEnabled || document.fullscreenElement) return;
    document.documentElement.requestFullscreen().catch(() => {
      // Refused (no user gesture yet): the chromeless layout already fills the window.
    });
  }, []);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    request();
    const onGesture = () => request();
    window.addEventListener('keydown', onGesture, { once: true });
    window.addEventListener('pointerdown', onGesture, { once: true });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onGesture);
      window.removeEventListener('pointerdown', onGesture);
    };
  }, [request]);
  return { active, available, request };
}

/** True once the pointer has not moved for CURSOR_IDLE_MS. */
export function useIdleCursor(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), CURSOR_IDLE_MS);
    const onMove = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), CURSOR_IDLE_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  return idle;
}
