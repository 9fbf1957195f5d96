/** /approvals (Phê duyệt): for callers who may approve. */
import { useTranslation } from 'react-i18next';
import { RequireAbility } from '../../require-ability';
import { ComingSoon } from './coming-soon';

export function ApprovalsRoute() {
  const { t } = useTranslation();
  return (
    <RequireAbility ability="approve">
      <ComingSoon name={t('nav.approvals')} body={t('pages.approvalsBody')} />
    </RequireAbility>
  );
}
