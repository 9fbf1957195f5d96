/**
 * /admin/plans?plan=CODE (Kế hoạch và mục tiêu): every plan; the chosen one's targets by group as yearly paths,
 * editable and saved whole; a new plan; a plan's targets copied to provinces in one action. Admins only.
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useAdminPlan, useAllPlans } from '@/features/admin-plans/api/admin-plans';
import { PlanList } from '@/features/admin-plans/components/plan-list';
import { PlanEditor } from '@/features/admin-plans/components/plan-editor';
import { PlanCreateDialog } from '@/features/admin-plans/components/plan-create-dialog';
import { PlanCopyDialog } from '@/features/admin-plans/components/plan-copy-dialog';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';
import '@/features/admin-plans/components/admin-plans.css';
import '../routes.css';

export function AdminPlansRoute() {
  return (
    <RequireAbility ability="manage">
      <AdminPlans />
    </RequireAbility>
  );
}

function AdminPlans() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const selected = search.get('plan');
  const plans = useAllPlans();
  const plan = useAdminPlan(selected);
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState(false);
  useDocumentTitle(t('adminPlans.title'));
  const linkTo = (code: string) => {
    const next = new URLSearchParams(search);
    next.set('plan', code);
    return `/admin/plans?${next.toString()}`;
  };
  const back = new URLSearchParams(search);
  back.delete('plan');
  return (
    <>
      <header className="page-header">
        <p className="page-header__back">
          <Link to={{ pathname: '/admin', search: back.toString() }}>{t('adminPlans.back')}</Link>
        </p>
        <h1>{t('adminPlans.title')}</h1>
        <p className="page-header__context">{t('adminPlans.intro')}</p>
      </header>
      <div className="admin-plans">
        <Card
          title={t('adminPlans.listTitle')}
          actions={
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t('adminPlans.create')}
            </Button>
          }
        >
          {plans.isPending ? <Skeleton label={t('adminPlans.loading')} /> : null}
          {plans.isError ? <ApiErrorNotice error={plans.error} onRetry={() => void plans.refetch()} /> : null}
          {plans.data && plans.data.items.length === 0 ? (
            <EmptyState title={t('adminPlans.empty')}>
              <p>{t('adminPlans.emptyBody')}</p>
            </EmptyState>
          ) : null}
          {plans.data && plans.data.items.length > 0 ? <PlanList plans={plans.data.items} selected={selected} linkTo={linkTo} /> : null}
        </Card>
        {selected === null ? (
          <p className="admin-plans__pick">{t('adminPlans.pick')}</p>
        ) : plan.isPending ? (
          <Skeleton label={t('adminPlans.loading')} />
        ) : plan.isError ? (
          <ApiErrorNotice error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <>
            <PlanEditor key={plan.data.code} plan={plan.data} onCopy={() => setCopying(true)} />
            <PlanCopyDialog key={`copy-${plan.data.code}`} plan={plan.data} open={copying} onClose={() => setCopying(false)} linkTo={linkTo} />
          </>
        )}
      </div>
      <PlanCreateDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(code) => {
          setCreating(false);
          setSearch((previous) => {
            const next = new URLSearchParams(previous);
            next.set('plan', code);
            return next;
          });
        }}
      />
    </>
  );
}
