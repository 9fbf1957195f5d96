/**
 * The communes under the unit with their teams: the commune team (link to its page, its members), the village teams
 * (a count that opens their list) and their members. A withheld count (below the disclosure minimum) shows "—", and
 * so does a commune's village total when one of its parts is withheld (the sum would give it away).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { CommuneTeams, TeamSummary } from '@/lib/api/types';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import '@/components/ui/table.css';

function TeamLink({ team, search }: { team: TeamSummary; search: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/teams/${team.id}${search}`}>{team.village ?? team.name}</Link>
      {team.simulated ? (
        <>
          {' '}
          <Badge tone="warning">{t('teams.simulated')}</Badge>
        </>
      ) : null}
    </>
  );
}

export function CommunesTable({ communes, search }: { communes: readonly CommuneTeams[]; search: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const n = (v: number | null) => formatNumber(v, language, 0);
  return (
    <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('teams.communes')}>
      <table className="ui-table ui-stack-table" data-testid="teams-communes">
        <thead>
          <tr>
            <th scope="col">{t('teams.column.commune')}</th>
            <th scope="col">{t('teams.column.communeTeam')}</th>
            <th scope="col" className="is-number">
              {t('teams.column.members')}
            </th>
            <th scope="col">{t('teams.column.villageTeams')}</th>
            <th scope="col" className="is-number">
              {t('teams.column.villageMembers')}
            </th>
          </tr>
        </thead>
        <tbody>
          {communes.map((c) => {
            const villageMembers = c.villageTeams.some((v) => v.withheld) ? null : c.villageTeams.reduce((sum, v) => sum + (v.members ?? 0), 0);
            return (
              <tr key={c.code}>
                <th scope="row">
                  {c.name} <span className="teams__code">({c.code})</span>
                </th>
                <td data-label={t('teams.column.communeTeam')}>
                  {c.communeTeam ? (
                    <TeamLink team={{ ...c.communeTeam, village: null }} search={search} />
                  ) : (
                    <Badge tone="danger">{t('teams.noCommuneTeam')}</Badge>
                  )}
                </td>
                <td className="is-number" data-label={t('teams.column.members')}>
                  {c.communeTeam ? n(c.communeTeam.members) : n(0)}
                </td>
                <td data-label={t('teams.column.villageTeams')}>
                  {c.villageTeams.length === 0 ? (
                    n(0)
                  ) : (
                    <details>
                      <summary>{t('teams.villageTeamCount', { number: n(c.villageTeams.length) })}</summary>
                      <ul className="teams__villages">
                        {c.villageTeams.map((v) => (
                          <li key={v.id}>
                            <TeamLink team={v} search={search} /> — {n(v.members)}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td className="is-number" data-label={t('teams.column.villageMembers')}>
                  {n(villageMembers)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
