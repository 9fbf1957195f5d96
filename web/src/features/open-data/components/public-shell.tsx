/**
 * The public portal's frame (no login): the app's header with the portal's name, the language switch and a
 * "Đăng nhập" link for staff — no signed-in navigation, nothing of a session — and a footer naming the licence.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppShell } from '@/components/layouts/app-shell';
import { LanguageSwitch } from '@/components/language-switch';
import './open-data.css';

export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell
      skipLabel={t('app.skipToContent')}
      appName={t('app.name')}
      appTitle={t('openData.portal')}
      homeHref="/du-lieu-mo"
      user={
        <div className="open-data-shell__user">
          <LanguageSwitch />
          <Link className="ui-button ui-button--on-dark ui-button--small" to="/login" title={t('openData.signInHint')}>
            {t('openData.signIn')}
          </Link>
        </div>
      }
      footer={<p>{t('openData.footer', { license: 'CC BY 4.0' })}</p>}
    >
      <div className="open-data">{children}</div>
    </AppShell>
  );
}
