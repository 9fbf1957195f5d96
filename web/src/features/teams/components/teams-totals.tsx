/** A unit's team counts on a day: commune teams and members, village teams and members, and the coverage "x/y xã có tổ (z%)". */
import { useTranslation } from 'react-i18next';
import type { TeamsOverview } from '@/lib/api/types';
import { useLanguage } from '@/lib/i18n';
import { formatNumber, formatPercent } from '@/lib/format';

const KEYS = ['communeTeams', 'communeMembers', 'villageTeams', 'villageMembers'] as const;

export function TeamsTotals({ totals }: { totals: TeamsOverview['totals'] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section aria-label={t('teams.title')}>
      <dl className="ui-figures" data-testid="teams-totals">
        {KEYS.map((key) => (
          <div key={key} className="ui-figure" data-testid={`teams-total-${key}`}>
            <dt>{t(`teams.totals.${key}`)}</dt>
            <dd>{formatNumber(totals[key], language, 0)}</dd>
          </div>
        ))}
      </dl>
      <p className="teams__coverage" data-testid="teams-coverage">
        {t('teams.coverage', {
          with: formatNumber(totals.communesWithTeam, language, 0),
          communes: formatNumber(totals.communes, language, 0),
          percent: formatPercent(totals.coverage, language, 1),
        })}
      </p>
    </section>
  );
}
