/**
 * /teams (Tổ công nghệ số cộng đồng): the screen's unit (a province or district lists its communes) on the screen
 * period's last day (today when the period is not over): the counts, the coverage "x/y xã có tổ (z%)", activities
 * and people supported per quarter, the communes with their teams; withheld small counts as "—" with a note;
 * simulated records marked; and, for those who may write, the spreadsheet import.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { teamsDay, useTeamsOverview } from '@/features/teams/api/teams';
import { CommunesTable } from '@/features/teams/components/communes-table';
import { QuartersTable } from '@/features/teams/components/quarters-table';
import { TeamImport } from '@/features/teams/components/team-import';
import { TeamsTotals } from '@/features/teams/components/teams-totals';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { can } from '@/lib/authorization';
import { useMe } from '@/lib/auth';
import { useScreen } from './root';
import '@/features/teams/components/teams.css';

/** The breakdown disclosure minimum of the server (domain/community-teams.ts MIN_BREAKDOWN_COUNT), for the note. */
const MIN_BREAKDOWN_COUNT = 5;

export function TeamsRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const at = teamsDay(params.period, todayInVietnam());
  const overview = useTeamsOverview(params.unit, at);
  const me = useMe();
  const writer = can(me.data, 'write_values');
  useDocumentTitle(t('teams.title'));
  const search = screenSearch(params);

  let body;
  if (overview.isPending) body = <Skeleton lines={6} label={t('teams.loading')} />;
  else if (overview.isError) body = <ApiErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />;
  else {
    const o = overview.data;
    const teams = o.totals.communeTeams + o.totals.villageTeams;
    const withheld = o.communes.some((c) => c.communeTeam?.withheld || c.villageTeams.some((v) => v.withheld));
    body = (
      <>
        <p className="page-header__context" data-testid="teams-context">
          {t('teams.context', { unit: `${o.unit.name} (${o.unit.code})`, date: formatDate(o.at, language) })}
        </p>
        {o.simulated ? <Notice tone="warning">{t('teams.simulatedNote')}</Notice> : null}
        {o.totals.communes === 0 ? (
          <EmptyState title={t('teams.noCommunes', { date: formatDate(o.at, language) })}>
            <p>{t('teams.noCommunesHelp')}</p>
          </EmptyState>
        ) : (
          <>
            <TeamsTotals totals={o.totals} />
            {teams === 0 ? (
              <EmptyState title={t('teams.empty')}>
                <p>{writer ? t('teams.emptyHelp') : t('teams.emptyReadOnly')}</p>
              </EmptyState>
            ) : null}
            <Card title={t('teams.quarters', { year: o.at.slice(0, 4) })} className="teams__section">
              <QuartersTable quarters={o.quarters} />
            </Card>
            <Card title={`${t('teams.communes')} (${formatNumber(o.communes.length, language, 0)})`} className="teams__section">
              {withheld ? <p className="teams__note">{t('teams.withheldNote', { min: MIN_BREAKDOWN_COUNT })}</p> : null}
              <CommunesTable communes={o.communes} search={search} />
            </Card>
          </>
        )}
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('teams.title')}</h1>
        <p className="page-header__context">{t('teams.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search }}>‹ {t('nav.overview')}</Link>
        </p>
      </header>
      {body}
      {writer ? (
        <Card title={t('teams.import.title')} className="teams__section">
          <TeamImport />
        </Card>
      ) : null}
    </>
  );
}
