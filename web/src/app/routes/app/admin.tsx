/** /admin (Quản trị): for callers who may manage. */
import { useTranslation } from 'react-i18next';
import { RequireAbility } from '../../require-ability';
import { ComingSoon } from './coming-soon';

export function AdminRoute() {
  const { t } = useTranslation();
  return (
    <RequireAbility ability="manage">
      <ComingSoon name={t('nav.admin')} body={t('pages.adminBody')} />
    </RequireAbility>
  );
}
