/**
 * The chromeless frame of a wall screen: no header, sections, pickers or footer — a slim bar (the app's mark, the
 * clock, where the rotation is and when it moves on, the lost-connection badge, full screen) over the screen
 * itself in large type, filling 1920×1080. Everything is said in text; nothing needs a pointer.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Emblem } from '@/components/layouts/emblem';
import { ConnectionStatus } from '@/components/ui/connection-status';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useWallRotation } from '../use-wall-rotation';
import { useFullscreen, useIdleCursor } from '../use-wall-screen';
import './wall.css';

export interface WallFrameProps {
  connected: boolean;
  children: ReactNode;
}

export function WallFrame({ connected, children }: WallFrameProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const rotation = useWallRotation(connected);
  const fullscreen = useFullscreen();
  const idle = useIdleCursor();
  const clock = useClock();
  const location = useLocation();
  const exit = new URLSearchParams(location.search);
  for (const key of ['wall', 'rotate', 'every']) exit.delete(key);
  const total = rotation.settings?.screens.length ?? 0;
  useScreenPages(rotation.settings?.every ?? 0, rotation.remaining, location.key);
  useEffect(() => {
    document.documentElement.classList.add('is-wall');
    return () => document.documentElement.classList.remove('is-wall');
  }, []);

  return (
    <div className={['wall', idle ? 'wall--idle' : ''].filter(Boolean).join(' ')} data-testid="wall">
      <header className="wall__bar">
        <p className="wall__brand">
          <Emblem size={36} />
          <span className="wall__name">{t('app.name')}</span>
          <span className="wall__title">{t('app.title')}</span>
        </p>
        <ConnectionStatus connected={connected} large />
        <p className="wall__rotation" data-testid="wall-rotation">
          {total > 1 && rotation.index >= 0
            ? rotation.holding === 'offline'
              ? t('wall.holdOffline', { index: rotation.index + 1, total })
              : rotation.holding === 'paused'
                ? t('wall.paused', { index: rotation.index + 1, total })
                : t('wall.next', { index: rotation.index + 1, total, seconds: rotation.remaining })
            : total === 0
              ? t('wall.noRotation')
              : null}
        </p>
        <p className="wall__clock">
          <time dateTime={clock.toISOString()}>{formatDateTime(clock, language)}</time>
        </p>
        <div className="wall__actions">
          {fullscreen.available && !fullscreen.active ? (
            <button type="button" className="ui-button ui-button--on-dark ui-button--small" onClick={fullscreen.request}>
              {t('wall.fullscreen')}
            </button>
          ) : null}
          {total > 1 ? (
            <button type="button" className="ui-button ui-button--on-dark ui-button--small" onClick={rotation.togglePause} aria-pressed={rotation.paused}>
              {rotation.paused ? t('wall.resume') : t('wall.pause')}
            </button>
          ) : null}
          <Link className="ui-button ui-button--on-dark ui-button--small" to={{ pathname: location.pathname, search: `?${exit.toString()}` }}>
            {t('wall.exit')}
          </Link>
        </div>
      </header>
      <main id="main" className="wall__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/**
 * A screen taller than the window is shown page by page within its time (no one is there to scroll): the first
 * page when it opens, the next ones at equal shares of `every`, the last one until the rotation moves on.
 */
function useScreenPages(every: number, remaining: number, screenKey: string): void {
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [screenKey]);
  useEffect(() => {
    const overflow = document.documentElement.scrollHeight - window.innerHeight;
    if (every <= 0 || overflow <= 0) return;
    const pages = Math.ceil(document.documentElement.scrollHeight / window.innerHeight);
    const page = Math.min(pages - 1, Math.floor(((every - remaining) / every) * pages));
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: (overflow * page) / (pages - 1), behavior: smooth ? 'smooth' : 'auto' });
  }, [every, remaining]);
}

/** The time, once a second. */
function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, []);
  return now;
}
