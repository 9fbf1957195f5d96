/**
 * The administrator's "Dữ liệu mở" (/admin/open-data): every indicator and every ranking edition's period that has
 * a published run, each with its publication state (who published it, when) and "Công bố" / "Ngừng công bố" —
 * unpublishing after a confirmation, since shared download links stop answering. Errors in the API's words.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import {
  rankingKey,
  usePublications,
  usePublishableIndicators,
  usePublishableRankings,
  useSetPublication,
  type Publication,
  type PublicationTarget,
} from '../api/open-data';
import '@/components/ui/table.css';

interface Row {
  key: string;
  name: string;
  detail: string;
  target: PublicationTarget;
}

export function PublicationsAdmin() {
  const { t } = useTranslation();
  const publications = usePublications();
  const [language] = useLanguage();
  const indicators = usePublishableIndicators();
  const rankings = usePublishableRankings();
  const change = useSetPublication();
  const [asked, setAsked] = useState<Row | null>(null);
  const byKey = new Map((publications.data?.items ?? []).map((p) => [`${p.kind}:${p.key}`, p]));
  const act = (row: Row, publish: boolean) => change.mutate({ target: row.target, publish }, { onSettled: () => setAsked(null) });
  const indicatorRows: Row[] = (indicators.data ?? []).map((i) => ({
    key: `indicator:${i.code}`,
    name: i.name,
    detail: i.code,
    target: { kind: 'indicator', code: i.code },
  }));
  if (publications.isError) return <ApiErrorNotice error={publications.error} onRetry={() => void publications.refetch()} />;
  const rankingRows: Row[] = (rankings.data ?? []).map((r) => ({
    key: `ranking:${rankingKey(r.framework.code, r.edition.edition, r.period)}`,
    name: `${r.edition.name} — ${periodLabel(r.period, t, language)}`,
    detail: r.framework.name,
    target: { kind: 'ranking', framework: r.framework.code, edition: r.edition.edition, period: r.period },
  }));
  if (!publications.data || indicators.isPending || rankings.isPending) return <Skeleton label={t('openData.loading')} />;
  return (
    <>
      {change.isError ? <ApiErrorNotice error={change.error} title={t('openData.admin.failed')} /> : null}
      <Card title={t('openData.admin.rankings')}>
        {rankings.isError ? <ApiErrorNotice error={rankings.error} onRetry={() => void rankings.refetch()} /> : null}
        {rankingRows.length === 0 ? (
          <EmptyState title={t('openData.admin.noRankings')}>
            <p>{t('openData.admin.noRankingsBody')}</p>
          </EmptyState>
        ) : (
          <PublicationTable rows={rankingRows} byKey={byKey} busy={change.isPending} onPublish={(row) => act(row, true)} onUnpublish={setAsked} />
        )}
        <p className="open-data__note">{t('openData.admin.rankingsHint')}</p>
      </Card>
      <Card title={t('openData.admin.indicators')}>
        {indicators.isError ? <ApiErrorNotice error={indicators.error} onRetry={() => void indicators.refetch()} /> : null}
        {indicatorRows.length === 0 ? (
          <EmptyState title={t('openData.admin.noIndicators')} />
        ) : (
          <>
            <p className="open-data__note">
              {t('openData.admin.count', { published: indicatorRows.filter((r) => byKey.has(r.key)).length, total: indicatorRows.length })}
            </p>
            <PublicationTable rows={indicatorRows} byKey={byKey} busy={change.isPending} onPublish={(row) => act(row, true)} onUnpublish={setAsked} />
          </>
        )}
      </Card>
      <Dialog open={asked !== null} title={t('openData.admin.confirmTitle')} closeLabel={t('openData.admin.close')} onClose={() => setAsked(null)}>
        <p>{t('openData.admin.confirmBody', { name: asked?.name ?? '' })}</p>
        <div className="open-data-admin__actions">
          <Button onClick={() => setAsked(null)} data-autofocus>
            {t('openData.admin.cancel')}
          </Button>
          <Button variant="primary" disabled={change.isPending} onClick={() => asked && act(asked, false)} data-testid="open-data-confirm-unpublish">
            {t('openData.admin.confirm')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

interface RowsProps {
  byKey: Map<string, Publication>;
  busy: boolean;
  onPublish: (row: Row) => void;
  onUnpublish: (row: Row) => void;
}

function PublicationTable({ rows, byKey, busy, onPublish, onUnpublish }: RowsProps & { rows: Row[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('openData.admin.title')}>
      <table className="ui-table ui-stack-table open-data-admin__table">
        <thead>
          <tr>
            <th scope="col">{t('openData.admin.item')}</th>
            <th scope="col" className="open-data-admin__state">
              {t('openData.admin.state')}
            </th>
            <th scope="col" className="open-data-admin__action">
              <span className="visually-hidden">{t('openData.admin.publish')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const publication = byKey.get(row.key);
            return (
              <tr key={row.key} data-testid="open-data-publication" data-key={row.key} data-published={publication ? 'yes' : 'no'}>
                <th scope="row">
                  {row.name}
                  <span className="open-data-admin__who">{row.detail}</span>
                </th>
                <td data-label={t('openData.admin.state')}>
                  <Badge tone={publication ? 'success' : 'neutral'}>{publication ? t('openData.admin.published') : t('openData.admin.notPublished')}</Badge>
                  {publication ? (
                    <span className="open-data-admin__who">
                      {t('openData.admin.publishedBy', { user: publication.publishedBy, at: formatDateTime(publication.publishedAt, language) })}
                    </span>
                  ) : null}
                </td>
                <td className="is-number">
                  {publication ? (
                    <Button size="small" disabled={busy} onClick={() => onUnpublish(row)}>
                      {t('openData.admin.unpublish')}
                    </Button>
                  ) : (
                    <Button size="small" variant="primary" disabled={busy} onClick={() => onPublish(row)}>
                      {t('openData.admin.publish')}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
