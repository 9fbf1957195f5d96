/** "Cập nhật lúc 14:32 21/3/2025": when a block's figures were last read from the server (they refresh live). */
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format';
import './ui.css';

export function Freshness({ at }: { at: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!at) return null;
  return (
    <p className="ui-freshness" data-testid="freshness">
      {t('freshness.updated', { when: formatDateTime(new Date(at), language) })}
    </p>
  );
}
