/** /admin/users: the accounts with their editors, the form that adds one, and the scope review after the reform. */
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useUsers } from '../api/users';
import { AdminPage } from './admin-page';
import { ScopeReview } from './scope-review';
import type { PickUnit } from './unit-adder';
import { UserCreateForm } from './user-create-form';
import { UserList } from './user-list';

export interface UsersScreenProps {
  self: string;
  today: string;
  initialUnit: string;
  pickUnit: PickUnit;
  backHref: string;
}

export function UsersScreen({ self, today, initialUnit, pickUnit, backHref }: UsersScreenProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const users = useUsers();
  return (
    <AdminPage title={t('adminPeople.users.title')} intro={t('adminPeople.users.intro')} backHref={backHref}>
      <div className="admin-people__columns">
        <Card
          title={t('adminPeople.users.title')}
          actions={
            users.data ? (
              <span className="admin-people__count">
                {t('adminPeople.users.count', { count: users.data.length, formatted: formatNumber(users.data.length, language) })}
              </span>
            ) : null
          }
        >
          {users.isPending ? <Skeleton lines={5} label={t('adminPeople.users.loading')} /> : null}
          {users.isError ? <ApiErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : null}
          {users.data ? <UserList users={users.data} self={self} today={today} initialUnit={initialUnit} pickUnit={pickUnit} /> : null}
        </Card>
        <Card className="admin-people__aside">
          <UserCreateForm today={today} initialUnit={initialUnit} pickUnit={pickUnit} />
        </Card>
      </div>
      <ScopeReview />
    </AdminPage>
  );
}
