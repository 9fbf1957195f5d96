/**
 * /teams/:id: one community tech team — its establishing decision (number, date, issuer), level, commune and village,
 * member counts (by village served, small ones withheld), its activities; the member list only for those who may
 * read personal data (else the NĐ 13/2023 notice); the activity form for those who may write the commune.
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useTeam } from '@/features/teams/api/teams';
import { AddActivity } from '@/features/teams/components/add-activity';
import { TeamMembers } from '@/features/teams/components/team-members';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber, todayInVietnam } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '@/components/ui/table.css';
import '@/features/teams/components/teams.css';

export function TeamRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const id = Number(useParams().id);
  const team = useTeam(id);
  useDocumentTitle(team.data?.name ?? t('teams.title'));
  if (team.isPending) return <Skeleton lines={6} label={t('teams.loading')} />;
  if (team.isError) return <ApiErrorNotice error={team.error} onRetry={() => void team.refetch()} />;
  const p = team.data;
  const n = (v: number | null) => formatNumber(v, language, 0);
  const level = p.level === 'village' ? t('teams.levels.village') : t('teams.levels.commune');
  return (
    <>
      <header className="page-header">
        <h1>{p.name}</h1>
        <p className="page-header__context" data-testid="team-context">
          <Badge tone="info">{level}</Badge> {t('teams.commune')}: {p.unit.name} ({p.unit.code}){p.village ? ` · ${t('teams.village')}: ${p.village}` : ''}
          {p.simulated ? (
            <>
              {' '}
              <Badge tone="warning">{t('teams.simulated')}</Badge>
            </>
          ) : null}
          {p.dissolvedOn ? (
            <>
              {' '}
              <Badge tone="danger">{t('teams.dissolved', { date: formatDate(p.dissolvedOn, language) })}</Badge>
            </>
          ) : null}
        </p>
        <p className="page-header__links">
          <Link to={{ pathname: '/teams', search: screenSearch(params) }}>‹ {t('teams.back')}</Link>
        </p>
      </header>
      <dl className="teams__facts" data-testid="team-facts">
        <div>
          <dt>{t('teams.decision')}</dt>
          <dd>{t('teams.decisionText', { number: p.decisionNumber, date: formatDate(p.decisionDate, language), issuer: p.decisionIssuer })}</dd>
        </div>
        <div>
          <dt>{t('teams.membersCount')}</dt>
          <dd data-testid="team-members-count">{n(p.members)}</dd>
        </div>
      </dl>
      {p.byVillage.length > 0 ? (
        <Card title={t('teams.byVillage')} className="teams__section">
          <ul className="teams__villages">
            {p.byVillage.map((v) => (
              <li key={v.village ?? ''}>
                {v.village ?? t('teams.villageNone')}: {n(v.members)}
              </li>
            ))}
          </ul>
          {p.byVillage.some((v) => v.withheld) ? <p className="teams__note">{t('teams.withheldNote', { min: 5 })}</p> : null}
        </Card>
      ) : null}
      <Card title={t('teams.activityList')} className="teams__section">
        {p.activities.length === 0 ? (
          <EmptyState title={t('teams.activitiesEmpty')}>
            <p>{p.abilities.edit ? t('teams.activitiesEmptyHelp') : t('teams.activitiesEmptyReadOnly')}</p>
          </EmptyState>
        ) : (
          <div className="ui-table__scroll">
            <table className="ui-table ui-stack-table" data-testid="team-activities">
              <thead>
                <tr>
                  <th scope="col">{t('teams.activityDate')}</th>
                  <th scope="col">{t('teams.activityTitle')}</th>
                  <th scope="col" className="is-number">
                    {t('teams.peopleSupported')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.activities.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{formatDate(a.heldOn, language)}</th>
                    <td data-label={t('teams.activityTitle')}>{a.title}</td>
                    <td className="is-number" data-label={t('teams.peopleSupported')}>
                      {n(a.peopleSupported)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {p.abilities.edit ? (
        <Card title={t('teams.addActivity.title')} className="teams__section">
          <AddActivity id={p.id} today={todayInVietnam()} />
        </Card>
      ) : null}
      <Card title={t('teams.members')} className="teams__section">
        <TeamMembers id={p.id} allowed={p.abilities.readMembers} />
      </Card>
    </>
  );
}
