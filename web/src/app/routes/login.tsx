/** /login: the sign-in page (already signed in: straight on to where the user was going). */
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppShell } from '@/components/layouts/app-shell';
import { LanguageSwitch } from '@/components/language-switch';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { LoginForm } from '@/features/auth/components/login-form';
import { useMe, useSessionEnded } from '@/lib/auth';
import { safeNext } from '@/lib/safe-next';
import { useDocumentTitle } from '@/lib/use-document-title';
import { isWallSearch } from '@/lib/wall-mode';
import './routes.css';

export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const ended = useSessionEnded();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  // A wall whose session ended: said in large type, so the room sees why the screen stopped.
  const wall = isWallSearch(new URL(next, 'http://x').search);
  useDocumentTitle(t('login.title'));

  if (me.data) return <Navigate to={next} replace />;
  return (
    <AppShell
      skipLabel={t('app.skipToContent')}
      appName={t('app.name')}
      appTitle={t('app.title')}
      homeHref="/"
      user={<LanguageSwitch />}
      footer={<p>{t('app.footer')}</p>}
    >
      <div className="login-page">
        <Card title={<span id="login-title">{t('login.title')}</span>}>
          {me.isPending ? (
            <Skeleton lines={3} label={t('app.loading')} />
          ) : (
            <>
              {ended && wall ? (
                <div className="login-page__wall-ended" data-testid="wall-session-ended">
                  <Notice tone="warning" title={t('wall.sessionEnded')}>
                    <p>{t('wall.sessionEndedHelp')}</p>
                  </Notice>
                </div>
              ) : ended ? (
                <Notice tone="warning">{t('login.sessionEnded')}</Notice>
              ) : null}
              <p className="login-page__intro">{t('login.intro')}</p>
              <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
              <p className="login-page__open-data">
                <Link to="/du-lieu-mo">{t('openData.loginLink')}</Link>
              </p>
            </>
          )}
        </Card>
      </div>
    </AppShell>
  );
}
