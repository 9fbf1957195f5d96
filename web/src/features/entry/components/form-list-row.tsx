/** One form in Báo cáo của tôi: dataset, unit, period, deadline, state (and a return's reason), progress and checks; the whole row opens it. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { FormListItem } from '../api/types';
import { FormStateBadge } from './form-state-badge';

export const formHref = (item: Pick<FormListItem, 'dataset' | 'unit' | 'period'>) =>
  `/entry/${encodeURIComponent(item.dataset.code)}/${encodeURIComponent(item.unit.code)}/${encodeURIComponent(item.period.id)}`;

export function FormListRow({ item }: { item: FormListItem }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const period = language === 'vi' ? item.period.label : item.period.labelEn;
  return (
    <li className={['entry-row', item.overdue ? 'entry-row--overdue' : '', item.state === 'returned' ? 'entry-row--returned' : ''].filter(Boolean).join(' ')}>
      <Link className="entry-row__link" to={formHref(item)} aria-label={`${t('entry.open')}: ${item.dataset.name}, ${item.unit.name}, ${period}`}>
        <span className="entry-row__main">
          <span className="entry-row__title">{language === 'vi' ? item.dataset.name : item.dataset.nameEn}</span>
          <span className="entry-row__meta">
            {item.unit.name} ({item.unit.code}) · {period}
          </span>
          {item.state === 'returned' && item.reason ? <span className="entry-row__reason">{t('entry.returnedBecause', { reason: item.reason })}</span> : null}
        </span>
        <span className="entry-row__side">
          <FormStateBadge state={item.state} overdue={item.overdue} />
          <span className={item.overdue ? 'entry-row__deadline is-overdue' : 'entry-row__deadline'}>
            {t('entry.deadline', { date: formatDate(item.deadline, language) })}
          </span>
          <span className="entry-row__progress">
            {t('entry.filled', { filled: item.filled, total: item.elements })}
            {item.errors > 0 ? ` · ${t('entry.errors', { count: item.errors })}` : ''}
            {item.warnings > 0 ? ` · ${t('entry.warnings', { count: item.warnings })}` : ''}
          </span>
        </span>
      </Link>
    </li>
  );
}
