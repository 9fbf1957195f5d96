/**
 * A team's member list (personal data, NĐ 13/2023/NĐ-CP): asked for only when the team says the caller may read it
 * (admin, the commune's own reporters and approvers); a refusal (403), or no right, shows the plain notice instead.
 * The server audits every read; the list says so.
 */
import { useTranslation } from 'react-i18next';
import { Notice, EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ApiError } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { useTeamMembers } from '../api/teams';
import '@/components/ui/table.css';

const ROLES = ['leader', 'deputy', 'member'] as const;

function PersonalNotice() {
  const { t } = useTranslation();
  return (
    <Notice title={t('teams.personalTitle')}>
      <p data-testid="teams-personal-notice">{t('teams.personalNotice')}</p>
    </Notice>
  );
}

export function TeamMembers({ id, allowed }: { id: number; allowed: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const members = useTeamMembers(id, allowed);
  if (!allowed) return <PersonalNotice />;
  if (members.isPending) return <Skeleton lines={4} label={t('teams.members')} />;
  if (members.isError) return members.error instanceof ApiError && members.error.status === 403 ? <PersonalNotice /> : <ApiErrorNotice error={members.error} />;
  const items = members.data.items.filter((m) => m.leftOn === null);
  if (items.length === 0)
    return (
      <EmptyState title={t('teams.membersEmpty')}>
        <p>{t('teams.membersEmptyHelp')}</p>
      </EmptyState>
    );
  const role = (r: string) => (ROLES.find((x) => x === r) ? t(`teams.roles.${r as (typeof ROLES)[number]}`) : r);
  return (
    <>
      <p className="teams__note">{t('teams.personalAudit')}</p>
      <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('teams.members')}>
        <table className="ui-table ui-stack-table" data-testid="team-members">
          <thead>
            <tr>
              <th scope="col">{t('teams.memberColumn.name')}</th>
              <th scope="col">{t('teams.memberColumn.role')}</th>
              <th scope="col">{t('teams.memberColumn.phone')}</th>
              <th scope="col">{t('teams.memberColumn.villageServed')}</th>
              <th scope="col">{t('teams.memberColumn.joinedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td data-label={t('teams.memberColumn.role')}>{role(m.role)}</td>
                <td data-label={t('teams.memberColumn.phone')} className={m.phone ? undefined : 'is-empty'}>
                  {m.phone}
                </td>
                <td data-label={t('teams.memberColumn.villageServed')} className={m.villageServed ? undefined : 'is-empty'}>
                  {m.villageServed}
                </td>
                <td data-label={t('teams.memberColumn.joinedOn')}>{formatDate(m.joinedOn, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
