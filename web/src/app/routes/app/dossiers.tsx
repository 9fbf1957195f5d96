/**
 * /dossiers (Hồ sơ thủ tục hành chính): the screen's unit and period, counted from the one-stop-shop dossiers —
 * received, online, the online rate (linked to the indicator page: by unit, against the plan's target), the rates
 * by field (đất đai among them) and by channel, each field's dossiers as CSV. Simulated records say so. Live: a
 * pushed batch moves the figures on an open screen (query family `feeds`).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { dossiersCsvHref, useDossierSummary } from '@/features/feeds/api/dossiers';
import { UnitLineageNotes } from '@/features/units/components/unit-lineage-notes';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '@/components/ui/table.css';
import '@/features/feeds/components/feeds.css';

/** The indicator computed from the dossiers (the demo's; a province names its own the same way). */
const ONLINE_RATE_INDICATOR = 'CT_HS_TTHC_TRUC_TUYEN_TINH';

export function DossiersRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params, at, update } = useScreen();
  const summary = useDossierSummary(params.unit, params.period, params.view);
  useDocumentTitle(t('dossiers.title'));
  const search = screenSearch(params);
  const n = (v: number | null | undefined) => formatNumber(v, language, 0);

  let body;
  if (summary.isPending) body = <Skeleton lines={6} label={t('dossiers.loading')} />;
  else if (summary.isError) body = <ApiErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />;
  else {
    const s = summary.data;
    body = (
      <>
        <p className="page-header__context" data-testid="dossiers-context">
          {t('dossiers.context', { unit: `${s.unit.name} (${s.unit.code})`, period: periodLabel(s.period, t, language) })}
        </p>
        {s.received === 0 ? (
          <EmptyState title={t('dossiers.empty')}>
            {s.lastReceived ? (
              <p data-testid="dossiers-last">
                {t('dossiers.emptyLast', { date: formatDate(s.lastReceived, language) })}{' '}
                <Link to={{ search: screenSearch({ ...params, period: s.lastReceived.slice(0, 4) }) }}>
                  {t('dossiers.emptyLastLink', { year: s.lastReceived.slice(0, 4) })}
                </Link>
              </p>
            ) : null}
            <p>{t('dossiers.emptyHelp')}</p>
            <UnitLineageNotes code={params.unit} at={at} onShow={(code, view) => update({ unit: code, view })} />
          </EmptyState>
        ) : (
          <>
            {s.simulated ? <Notice tone="warning">{t('dossiers.simulatedNote')}</Notice> : null}
            <dl className="ui-figures" data-testid="dossiers-totals">
              <div className="ui-figure">
                <dt>{t('dossiers.received')}</dt>
                <dd>{n(s.received)}</dd>
              </div>
              <div className="ui-figure">
                <dt>{t('dossiers.online')}</dt>
                <dd>{n(s.online)}</dd>
              </div>
              <div className="ui-figure" data-testid="dossiers-online-rate">
                <dt>{t('dossiers.onlineRate')}</dt>
                <dd>{formatPercent(s.onlineRate, language, 2)}</dd>
              </div>
            </dl>
            <p>
              <Link to={{ pathname: `/indicators/${ONLINE_RATE_INDICATOR}`, search }}>{t('dossiers.indicatorLink')} ›</Link>
            </p>
            <Card title={t('dossiers.byField')} className="feeds__section">
              <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('dossiers.byField')}>
                <table className="ui-table ui-stack-table" data-testid="dossiers-fields">
                  <thead>
                    <tr>
                      <th scope="col">{t('dossiers.column.field')}</th>
                      <th scope="col" className="is-number">
                        {t('dossiers.column.received')}
                      </th>
                      <th scope="col" className="is-number">
                        {t('dossiers.column.online')}
                      </th>
                      <th scope="col" className="is-number">
                        {t('dossiers.column.onlineRate')}
                      </th>
                      <th scope="col" className="is-number">
                        {t('dossiers.column.onTimeRate')}
                      </th>
                      <th scope="col">{t('dossiers.column.records')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.byField.map((f) => (
                      <tr key={f.field} data-testid={`dossiers-field-${f.field}`}>
                        <th scope="row">{f.name}</th>
                        <td className="is-number" data-label={t('dossiers.column.received')}>
                          {n(f.received)}
                        </td>
                        <td className="is-number" data-label={t('dossiers.column.online')}>
                          {n(f.online)}
                        </td>
                        <td className="is-number" data-label={t('dossiers.column.onlineRate')}>
                          {formatPercent(f.onlineRate, language, 2)}
                        </td>
                        <td className="is-number" data-label={t('dossiers.column.onTimeRate')}>
                          {formatPercent(f.onTimeRate, language, 2)}
                        </td>
                        <td data-label={t('dossiers.column.records')}>
                          <a href={dossiersCsvHref({ unit: s.unit.code, period: s.period, view: params.view, field: f.field })} download>
                            {t('dossiers.csv')}
                          </a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
            <Card title={t('dossiers.byChannel')} className="feeds__section">
              <dl className="feeds__facts" data-testid="dossiers-channels">
                {s.byChannel.map((c) => (
                  <div key={c.channel} style={{ display: 'contents' }}>
                    <dt>{t(`dossiers.channel.${c.channel === 'online' ? 'online' : 'offline'}`)}</dt>
                    <dd>
                      {n(c.received)} ({formatPercent(c.share, language, 2)})
                    </dd>
                  </div>
                ))}
              </dl>
            </Card>
          </>
        )}
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('dossiers.title')}</h1>
        <p className="page-header__context">{t('dossiers.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search }}>‹ {t('nav.overview')}</Link>
        </p>
      </header>
      {body}
    </>
  );
}
