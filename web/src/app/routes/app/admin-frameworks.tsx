/**
 * /admin/frameworks?framework=&edition=&run= (Bộ chỉ số đánh giá): a framework edition's tree (main indices →
 * components with their maximum points and rules), a draft run computed for a period and level, the runs with
 * publish (after a confirmation), and the chosen run's diff against the revision before. Admins only.
 */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useFrameworks } from '@/features/rankings/api/get-frameworks';
import { EditionTree } from '@/features/admin-frameworks/components/edition-tree';
import { RunsPanel } from '@/features/admin-frameworks/components/runs-panel';
import { RunDiffPanel } from '@/features/rankings/components/run-diff';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';
import '@/features/admin-plans/components/admin-plans.css';
import '@/features/rankings/components/rankings.css';
import '../routes.css';

export function AdminFrameworksRoute() {
  return (
    <RequireAbility ability="manage">
      <AdminFrameworks />
    </RequireAbility>
  );
}

function AdminFrameworks() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const frameworks = useFrameworks();
  useDocumentTitle(t('adminFrameworks.title'));
  const set = (patch: Record<string, string | null>) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  const items = frameworks.data?.items ?? [];
  const framework = items.find((f) => f.code === search.get('framework')) ?? items[0];
  const editions = framework?.editions ?? [];
  const edition = editions.find((e) => e.edition === search.get('edition'))?.edition ?? editions[editions.length - 1]?.edition ?? null;
  const run = Number(search.get('run'));
  const back = new URLSearchParams(search);
  for (const k of ['framework', 'edition', 'run']) back.delete(k);
  return (
    <>
      <header className="page-header">
        <p className="page-header__back">
          <Link to={{ pathname: '/admin', search: back.toString() }}>{t('adminFrameworks.back')}</Link>
        </p>
        <h1>{t('adminFrameworks.title')}</h1>
        <p className="page-header__context">{t('adminFrameworks.intro')}</p>
      </header>
      {frameworks.isPending ? <Skeleton label={t('adminFrameworks.loading')} /> : null}
      {frameworks.isError ? <ApiErrorNotice error={frameworks.error} onRetry={() => void frameworks.refetch()} /> : null}
      {frameworks.data && !framework ? (
        <EmptyState title={t('adminFrameworks.empty')}>
          <p>{t('adminFrameworks.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {framework && edition ? (
        <div className="admin-plans">
          <div className="admin-frameworks__pickers">
            <SelectField
              label={t('adminFrameworks.framework')}
              value={framework.code}
              onChange={(v) => set({ framework: v, edition: null, run: null })}
              options={items.map((f) => ({ value: f.code, label: f.name }))}
            />
            <SelectField
              label={t('adminFrameworks.edition')}
              value={edition}
              onChange={(v) => set({ edition: v, run: null })}
              options={editions.map((e) => ({ value: e.edition, label: e.name }))}
            />
          </div>
          <EditionTree framework={framework.code} edition={edition} />
          <RunsPanel
            key={`${framework.code}/${edition}`}
            framework={framework.code}
            edition={edition}
            defaultLevel={framework.level}
            selected={Number.isSafeInteger(run) && run > 0 ? run : null}
            onSelect={(id) => set({ run: String(id) })}
          />
          {Number.isSafeInteger(run) && run > 0 ? <RunDiffPanel framework={framework.code} edition={edition} runId={run} /> : null}
        </div>
      ) : null}
    </>
  );
}
