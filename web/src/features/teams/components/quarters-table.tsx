/** Activities held and people supported per quarter of the day's year (the flows the TCNS_HOAT_DONG and TCNS_LUOT_HO_TRO elements count). */
import { useTranslation } from 'react-i18next';
import type { TeamsOverview } from '@/lib/api/types';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { formatNumber } from '@/lib/format';
import '@/components/ui/table.css';

export function QuartersTable({ quarters }: { quarters: TeamsOverview['quarters'] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="ui-table__scroll">
      <table className="ui-table ui-stack-table" data-testid="teams-quarters">
        <thead>
          <tr>
            <th scope="col">{t('teams.quarter')}</th>
            <th scope="col" className="is-number">
              {t('teams.activities')}
            </th>
            <th scope="col" className="is-number">
              {t('teams.peopleSupported')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.period}>
              <th scope="row">{periodLabel(q.period, t, language)}</th>
              <td className="is-number" data-label={t('teams.activities')}>
                {formatNumber(q.activities, language, 0)}
              </td>
              <td className="is-number" data-label={t('teams.peopleSupported')}>
                {formatNumber(q.peopleSupported, language, 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
