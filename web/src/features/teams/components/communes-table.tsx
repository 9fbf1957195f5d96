/**
 * The communes under the unit with their teams: the commune team (link to its page, its members), the village teams
 * (a count that opens their list) and their members. A withheld count (below the disclosure minimum) shows "—", and
 * so does a commune's village total when one of its parts is withheld (the sum would give it away). A country or a
 * province has thousands of communes: a switch keeps those with or without a team, and the list grows by pages.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ChoiceGroup } from '@/components/ui/choice-group';
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

/** Rows shown at first and added by each "Xem thêm". */
export const COMMUNES_PAGE = 50;

type Shown = 'all' | 'with' | 'without';
const hasTeam = (c: CommuneTeams) => c.communeTeam !== null || c.villageTeams.length > 0;

export function CommunesTable({ communes, search }: { communes: readonly CommuneTeams[]; search: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [shown, setShown] = useState<Shown>('all');
  const [limit, setLimit] = useState(COMMUNES_PAGE);
  const n = (v: number | null) => formatNumber(v, language, 0);
  const withTeam = communes.filter(hasTeam).length;
  const chosen = shown === 'all' ? communes : communes.filter((c) => hasTeam(c) === (shown === 'with'));
  const visible = chosen.slice(0, limit);
  const choose = (value: Shown) => {
    setShown(value);
    setLimit(COMMUNES_PAGE);
  };
  return (
    <>
      {communes.length > COMMUNES_PAGE ? (
        <ChoiceGroup
          legend={t('teams.show.legend')}
          value={shown}
          onChange={choose}
          choices={[
            { value: 'all', label: t('teams.show.all', { number: n(communes.length) }) },
            { value: 'with', label: t('teams.show.with', { number: n(withTeam) }) },
            { value: 'without', label: t('teams.show.without', { number: n(communes.length - withTeam) }) },
          ]}
        />
      ) : null}
      {visible.length === 0 ? <p className="teams__note">{t('teams.show.none')}</p> : <CommuneRows communes={visible} search={search} />}
      {chosen.length > visible.length ? (
        <p className="teams__more">
          <span data-testid="teams-communes-shown">{t('teams.show.shown', { shown: n(visible.length), total: n(chosen.length) })}</span>{' '}
          <Button onClick={() => setLimit(limit + COMMUNES_PAGE)}>
            {t('teams.show.more', { number: n(Math.min(COMMUNES_PAGE, chosen.length - visible.length)) })}
          </Button>
        </p>
      ) : null}
    </>
  );
}

function CommuneRows({ communes, search }: { communes: readonly CommuneTeams[]; search: string }) {
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
