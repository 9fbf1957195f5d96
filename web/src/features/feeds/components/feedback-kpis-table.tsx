/** Feedback handling per unit, ranked by the on-time rate; units below the minimum of reports listed without a rank. */
import { useTranslation } from 'react-i18next';
import type { paths } from '@/lib/api/schema';
import { useLanguage } from '@/lib/i18n';
import { formatNumber, formatPercent } from '@/lib/format';
import '@/components/ui/table.css';

type Kpis = paths['/api/v1/feedback/kpis']['get']['responses'][200]['content']['application/json'];

export function FeedbackKpisTable({ items }: { items: Kpis['items'] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const n = (v: number | null) => formatNumber(v, language, 0);
  const cols = ['received', 'handledRate', 'onTimeRate', 'overdue', 'hours', 'satisfied', 'rating'] as const;
  return (
    <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('feedback.ranking')}>
      <table className="ui-table ui-stack-table" data-testid="feedback-kpis">
        <thead>
          <tr>
            <th scope="col" className="is-number">
              {t('feedback.column.rank')}
            </th>
            <th scope="col">{t('feedback.column.unit')}</th>
            {cols.map((c) => (
              <th key={c} scope="col" className="is-number">
                {t(`feedback.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.unit}>
              <td className="is-number" data-label={t('feedback.column.rank')}>
                {i.rank ?? t('feedback.notRanked')}
              </td>
              <th scope="row">{i.unitName}</th>
              <td className="is-number" data-label={t('feedback.column.received')}>
                {n(i.received)}
              </td>
              <td className="is-number" data-label={t('feedback.column.handledRate')}>
                {formatPercent(i.handledRate, language, 1)}
              </td>
              <td className="is-number" data-label={t('feedback.column.onTimeRate')}>
                {formatPercent(i.onTimeRate, language, 1)}
              </td>
              <td className="is-number" data-label={t('feedback.column.overdue')}>
                {n(i.overdue)}
              </td>
              <td className="is-number" data-label={t('feedback.column.hours')}>
                {formatNumber(i.handlingHours, language, 1)}
              </td>
              <td className="is-number" data-label={t('feedback.column.satisfied')}>
                {formatPercent(i.satisfiedRate, language, 1)}
              </td>
              <td className="is-number" data-label={t('feedback.column.rating')}>
                {formatNumber(i.averageRating, language, 2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
