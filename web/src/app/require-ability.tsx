/** A section for callers with one ability (GET /auth/me's answer); the others see why they cannot use it. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/notice';
import { can } from '@/lib/authorization';
import { screenSearch } from '@/lib/screen-params';
import type { Ability } from '@/lib/api/types';
import { useScreen } from './routes/app/root';

export function RequireAbility({ ability, children }: { ability: Ability; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, params } = useScreen();
  if (can(me, ability)) return <>{children}</>;
  return (
    <EmptyState title={t('pages.forbiddenTitle')} actions={<Link to={{ pathname: '/', search: screenSearch(params) }}>{t('pages.backHome')}</Link>}>
      <p>{t('pages.forbiddenBody', { role: t(`role.${me.actor.role}`) })}</p>
    </EmptyState>
  );
}
