/**
 * The signed-in frame of every section: checks the session (no session: to /login with the way back), reads the
 * screen's unit, period and view from the URL, and renders the header, the sections the caller may use, the
 * pickers and the section (Outlet), which reads the same through useScreen(); with ?wall=1 the same section in the
 * wall's frame (features/wall). Both say when the server stops answering (the live poll) and carry on when it is back.
 */
import { useCallback, useMemo } from 'react';
import { Navigate, Outlet, useLocation, useMatch, useNavigate, useOutletContext } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppShell } from '@/components/layouts/app-shell';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { Skeleton } from '@/components/ui/skeleton';
import { useMe } from '@/lib/auth';
import { todayInVietnam } from '@/lib/format';
import { defaultScreenParams, fallbackDate, screenSearch, treeDate, unitPageHref, useScreenParams, type ScreenParams } from '@/lib/screen-params';
import type { Me } from '@/lib/api/types';
import { MainNav } from '../../layout/main-nav';
import { UserMenu } from '../../layout/user-menu';
import { NotificationBell } from '@/features/tasks/components/notification-bell';
import { ScreenFilters } from '../../layout/screen-filters';
import { useLiveUpdates } from '@/lib/live-updates';
import { useWallMode } from '@/lib/wall-mode';
import { ConnectionStatus } from '@/components/ui/connection-status';
import { WallFrame } from '@/features/wall/components/wall-frame';

export interface ScreenContext {
  me: Me;
  params: ScreenParams;
  update: (patch: Partial<ScreenParams>) => void;
  /** The date of the tree the screen reads (today, or the period's last day in the was view). */
  at: string;
  /** In the was view, the period's first day: where a unit that ended within the period is found. */
  alsoAt: string | undefined;
  today: string;
}

export function useScreen(): ScreenContext {
  return useOutletContext<ScreenContext>();
}

/** What shows while the session is read or a screen's code loads. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <div className="app-loading">
      <Skeleton lines={3} label={t('app.loading')} />
    </div>
  );
}

export function AppRoot() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <AppLoading />;
  // A failed re-read of the session (the server away for a moment) keeps the screen: only a first read that fails stops here.
  if (me.isError && !me.data) {
    return (
      <div className="app-loading">
        <ApiErrorNotice error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <SignedIn me={me.data} />;
}

function SignedIn({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { connected } = useLiveUpdates();
  const wall = useWallMode();
  const navigate = useNavigate();
  const today = todayInVietnam();
  const defaults = useMemo(() => defaultScreenParams(me, today), [me, today]);
  // A unit's page names its unit in the path (/units/67): the screen follows it, and a change of unit, period or view
  // there opens that unit's page as of the screen's date (the page's own ?at= is dropped).
  const pinned = useMatch('/units/:code')?.params.code;
  // The work screens filter by their own form, period and unit: the leaders' pickers would only mislead there (the
  // formula editor keeps them: its preview is for the screen's unit and period). "Tạo báo cáo" sets the same unit and
  // period in its own fields, bound to the chosen plan (its periods only; a report has no "view").
  const { pathname } = useLocation();
  const workScreen = /^\/(entry|imports|approvals|admin|reports)(\/|$)/.test(pathname) && !pathname.startsWith('/admin/indicators');
  const { params, update: setScreen } = useScreenParams(defaults, pinned);
  const update = useCallback(
    (patch: Partial<ScreenParams>) => {
      if (pinned === undefined) setScreen(patch);
      else navigate(unitPageHref(patch.unit ?? pinned, { period: patch.period ?? params.period, view: patch.view ?? params.view }));
    },
    [pinned, setScreen, navigate, params.period, params.view],
  );
  const at = treeDate(params, today);
  const alsoAt = fallbackDate(params);
  const context: ScreenContext = { me, params, update, at, alsoAt, today };
  // ?wall=1: the same screen in the chromeless, large-type frame that rotates (features/wall).
  if (wall) {
    return (
      <WallFrame connected={connected}>
        <Outlet context={context} />
      </WallFrame>
    );
  }
  return (
    <AppShell
      skipLabel={t('app.skipToContent')}
      appName={t('app.name')}
      appTitle={t('app.title')}
      homeHref={`/${screenSearch(params)}`}
      user={
        <>
          <NotificationBell enabled={me.actor.kind === 'user'} />
          <UserMenu me={me} onSignedOut={() => navigate('/login', { replace: true })} />
        </>
      }
      nav={<MainNav me={me} search={screenSearch(params)} />}
      filters={workScreen ? undefined : <ScreenFilters params={params} at={at} alsoAt={alsoAt} update={update} />}
      footer={<p>{t('app.footer')}</p>}
      status={<ConnectionStatus connected={connected} />}
    >
      <Outlet context={context} />
    </AppShell>
  );
}
