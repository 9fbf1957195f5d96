/** /admin/tokens: the source systems' API tokens, the form that creates one (its secret shown once), revocation. */
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useTokens } from '../api/tokens';
import { AdminPage } from './admin-page';
import { TokenCreateForm } from './token-create-form';
import { TokenList } from './token-list';
import type { PickUnit } from './unit-adder';

export function TokensScreen({ today, initialUnit, pickUnit, backHref }: { today: string; initialUnit: string; pickUnit: PickUnit; backHref: string }) {
  const { t } = useTranslation();
  const tokens = useTokens();
  return (
    <AdminPage title={t('adminPeople.tokens.title')} intro={t('adminPeople.tokens.intro')} backHref={backHref}>
      <div className="admin-people__columns">
        <Card title={t('adminPeople.tokens.title')}>
          {tokens.isPending ? <Skeleton lines={4} label={t('adminPeople.tokens.loading')} /> : null}
          {tokens.isError ? <ApiErrorNotice error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
          {tokens.data ? <TokenList tokens={tokens.data} /> : null}
        </Card>
        <Card className="admin-people__aside">
          <TokenCreateForm today={today} initialUnit={initialUnit} pickUnit={pickUnit} />
        </Card>
      </div>
    </AdminPage>
  );
}
