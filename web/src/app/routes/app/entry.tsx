/** /entry (Nhập số liệu): for callers who may write values. */
import { useTranslation } from 'react-i18next';
import { RequireAbility } from '../../require-ability';
import { ComingSoon } from './coming-soon';

export function EntryRoute() {
  const { t } = useTranslation();
  return (
    <RequireAbility ability="write_values">
      <ComingSoon name={t('nav.entry')} body={t('pages.entryBody')} />
    </RequireAbility>
  );
}
