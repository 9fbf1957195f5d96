/**
 * The public open-data portal, outside the login (router.tsx): /du-lieu-mo (the catalogue), /du-lieu-mo/chi-tieu/:code
 * (a published indicator by unit and period), /du-lieu-mo/ke-hoach/:code (a plan's progress) and
 * /du-lieu-mo/xep-hang/:framework/:edition/:period (a published ranking edition), each in the public frame (no
 * signed-in navigation). Everything read comes from /api/v1/public, which answers only what an administrator published.
 */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { usePublicCatalog, usePublicIndicators, usePublicPlan, usePublicRanking } from '@/features/open-data/api/open-data';
import { CatalogList } from '@/features/open-data/components/catalog-list';
import { IndicatorValues } from '@/features/open-data/components/indicator-values';
import { PlanProgress } from '@/features/open-data/components/plan-progress';
import { PublicShell } from '@/features/open-data/components/public-shell';
import { RankingEdition } from '@/features/open-data/components/ranking-editions';
import { periodLabel } from '@/lib/i18n/period-label';
import { useLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

function Page({ title, context, back = true, children }: { title: string; context?: ReactNode; back?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} — ${t('openData.portal')}`);
  return (
    <PublicShell>
      <header className="page-header">
        {back ? (
          <p className="page-header__back">
            <Link to="/du-lieu-mo">{t('openData.back')}</Link>
          </p>
        ) : null}
        <h1>{title}</h1>
        {context ? <p className="page-header__context">{context}</p> : null}
      </header>
      {children}
    </PublicShell>
  );
}

export function OpenDataCatalogRoute() {
  const { t } = useTranslation();
  const catalog = usePublicCatalog();
  return (
    <Page title={t('openData.catalog.title')} context={t('openData.catalog.intro')} back={false}>
      {catalog.isPending ? <Skeleton label={t('openData.loading')} /> : null}
      {catalog.isError ? <ApiErrorNotice error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.data ? <CatalogList catalog={catalog.data} /> : null}
      {catalog.data ? (
        <p className="open-data__note">
          <a href="/api/v1/public/catalog.jsonld">{t('openData.catalog.catalogJsonLd')}</a>
        </p>
      ) : null}
    </Page>
  );
}

export function OpenDataIndicatorRoute() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const catalog = usePublicCatalog();
  const dataset = catalog.data?.datasets.find((d) => d.identifier === `indicator:${code}`);
  if (catalog.data && !dataset)
    return (
      <Page title={code}>
        <EmptyState title={t('openData.indicator.notFound')}>
          <p>
            <Link to="/du-lieu-mo">{t('openData.back')}</Link>
          </p>
        </EmptyState>
      </Page>
    );
  return (
    <Page title={dataset?.title ?? code} context={dataset?.description}>
      {catalog.isError ? <ApiErrorNotice error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.data ? <IndicatorValues code={code} dataset={dataset} /> : <Skeleton label={t('openData.loading')} />}
    </Page>
  );
}

export function OpenDataPlanRoute() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const plan = usePublicPlan(code);
  const indicators = usePublicIndicators();
  return (
    <Page title={plan.data?.plan.name ?? code} context={plan.data?.plan.legalBasis ?? undefined}>
      {plan.isPending ? <Skeleton label={t('openData.loading')} /> : null}
      {plan.isError ? <ApiErrorNotice error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data ? <PlanProgress plan={plan.data} indicators={indicators.data} /> : null}
    </Page>
  );
}

export function OpenDataRankingRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { framework = '', edition = '', period = '' } = useParams();
  const ranking = usePublicRanking(framework, edition, period);
  const title = ranking.data ? `${ranking.data.edition.name}` : `${framework} ${edition}`;
  return (
    <Page title={title} context={ranking.data ? `${ranking.data.framework.name} · ${periodLabel(period, t, language)}` : undefined}>
      {ranking.isPending ? <Skeleton label={t('openData.loading')} /> : null}
      {ranking.isError ? <ApiErrorNotice error={ranking.error} onRetry={() => void ranking.refetch()} /> : null}
      {ranking.data ? <RankingEdition ranking={ranking.data} /> : null}
    </Page>
  );
}
