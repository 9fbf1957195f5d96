/**
 * /registries/records/:element (Hồ sơ đứng sau con số): the drill-down from a figure counted from a registry — the
 * records its value at the screen's unit, period and view adds up, 50 a page (?offset=), simulated ones marked.
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useRegistryRecords } from '@/features/registries/api/registry-records';
import { RegistryRecordsTable } from '@/features/registries/components/registry-records-table';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '../routes.css';

const PAGE = 50;

export function RegistryRecordsRoute() {
  const { element = '' } = useParams();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const [search, setSearch] = useSearchParams();
  const offset = Math.max(0, Number.parseInt(search.get('offset') ?? '0', 10) || 0);
  const indicator = search.get('indicator');
  const records = useRegistryRecords({ element, unit: params.unit, period: params.period, view: params.view, limit: PAGE, offset });
  useDocumentTitle(t('registries.recordsTitle'));
  const label = periodLabel(params.period, t, language);
  const goTo = (next: number) =>
    setSearch((previous) => {
      const out = new URLSearchParams(previous);
      if (next > 0) out.set('offset', String(next));
      else out.delete('offset');
      return out;
    });

  let body;
  if (records.isPending) body = <Skeleton lines={6} label={t('registries.recordsLoading')} />;
  else if (records.isError) body = <ApiErrorNotice error={records.error} onRetry={() => void records.refetch()} />;
  else {
    const page = records.data;
    const unitName = `${page.unit.name} (${page.unit.code})`;
    body = (
      <>
        <p className="page-header__context" data-testid="screen-context">
          {t('registries.recordsContext', { name: language === 'en' && page.nameEn ? page.nameEn : page.name, unit: unitName, period: label })}
        </p>
        {page.total === 0 ? (
          <EmptyState title={t('registries.recordsNone')}>
            <p>{t('registries.recordsNoneHelp', { unit: unitName, period: label })}</p>
          </EmptyState>
        ) : (
          <>
            <p data-testid="registry-records-total">{t('registries.recordsTotal', { count: page.total, formatted: formatNumber(page.total, language, 0) })}</p>
            <RegistryRecordsTable items={page.items} registry={page.registry} />
            <div className="registry-records__pager">
              {page.offset > 0 ? <Button onClick={() => goTo(Math.max(0, page.offset - PAGE))}>{t('registries.previous')}</Button> : null}
              <span>
                {t('registries.pageOf', {
                  from: formatNumber(page.offset + 1, language, 0),
                  to: formatNumber(page.offset + page.items.length, language, 0),
                  total: formatNumber(page.total, language, 0),
                })}
              </span>
              {page.offset + page.items.length < page.total ? <Button onClick={() => goTo(page.offset + PAGE)}>{t('registries.next')}</Button> : null}
            </div>
            {page.items.some((r) => r.simulated) ? <p className="registry-records__note">{t('registries.simulatedNote')}</p> : null}
          </>
        )}
      </>
    );
  }
  return (
    <div className="overview registry-records-page">
      <header className="page-header">
        {indicator ? (
          <p className="page-header__back">
            <Link to={`/indicators/${encodeURIComponent(indicator)}${screenSearch(params)}`}>‹ {t('registries.back')}</Link>
          </p>
        ) : null}
        <h1>{t('registries.recordsTitle')}</h1>
      </header>
      {body}
    </div>
  );
}
