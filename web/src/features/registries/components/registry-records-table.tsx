/** The records behind a registry figure, a page at a time: title, owner unit, state, date, what each adds; simulated ones marked. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import type { RegistryRecord } from '@/lib/api/types';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import '@/components/ui/table.css';
import './registries.css';
import { registryRecordHref } from '../registry-links';

export function RegistryRecordsTable({ items, registry }: { items: readonly RegistryRecord[]; registry: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={t('registries.recordsTitle')}>
      <table className="ui-table ui-stack-table" data-testid="registry-records">
        <thead>
          <tr>
            <th scope="col">{t('registries.column.title')}</th>
            <th scope="col">{t('registries.column.unit')}</th>
            <th scope="col">{t('registries.column.state')}</th>
            <th scope="col">{t('registries.column.date')}</th>
            <th scope="col" className="is-number">
              {t('registries.column.counts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const href = registryRecordHref(registry, r.id);
            return (
              <tr key={r.id}>
                <th scope="row">
                  {href ? <Link to={href}>{r.title}</Link> : r.title} {r.simulated ? <Badge tone="warning">{t('registries.simulated')}</Badge> : null}
                </th>
                <td data-label={t('registries.column.unit')}>
                  {r.unitName} <span className="registry-records__code">{r.unit}</span>
                </td>
                <td data-label={t('registries.column.state')}>{t(`registries.state.${registry}.${r.state}`, { defaultValue: r.state })}</td>
                <td data-label={t('registries.column.date')}>{formatDate(r.date, language)}</td>
                <td className="is-number" data-label={t('registries.column.counts')}>
                  {formatNumber(r.counts, language, 0)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
