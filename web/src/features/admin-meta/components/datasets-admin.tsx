/** /admin/datasets: the report forms with their elements, units and deadline in a line each, and the editor for a new or chosen one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { useDatasetList } from '../api/datasets';
import type { DatasetItem } from '../api/types';
import { DatasetEditor } from './dataset-editor';
import './admin-meta.css';

export function DatasetsAdmin() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useDatasetList();
  const [editing, setEditing] = useState<DatasetItem | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  return (
    <div className="admin-meta">
      {done ? <Notice tone="success" title={done} /> : null}
      {editing ? (
        <DatasetEditor
          key={editing === 'new' ? 'new' : editing.code}
          dataset={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      ) : null}
      <Card
        title={t('adminMeta.datasets.title')}
        actions={
          <Button variant="primary" onClick={() => (setDone(null), setEditing('new'))}>
            {t('adminMeta.datasets.add')}
          </Button>
        }
      >
        {list.isPending ? (
          <Skeleton lines={4} label={t('adminMeta.datasets.title')} />
        ) : list.isError ? (
          <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={t('adminMeta.datasets.empty')}>
            <p>{t('adminMeta.datasets.emptyBody')}</p>
          </EmptyState>
        ) : (
          <ul className="admin-meta__list">
            {items.map((d) => (
              <li key={d.code} className="admin-meta__row">
                <div className="admin-meta__row-main">
                  <p className="admin-meta__row-name">{language === 'vi' ? d.name : d.nameEn}</p>
                  <p className="admin-meta__row-meta">
                    <code>{d.code}</code> ·{' '}
                    {t('adminMeta.datasets.summary', {
                      elements: formatNumber(d.elements?.length ?? 0, language, 0),
                      units: formatNumber(d.units?.length ?? 0, language, 0),
                      period: t(`adminMeta.periodTypes.${(d.periodType ?? 'yearly') as 'yearly'}`).toLowerCase(),
                      days: formatNumber(d.deadlineDays ?? 0, language, 0),
                    })}
                  </p>
                </div>
                <Button size="small" onClick={() => (setDone(null), setEditing(d))} aria-label={`${t('adminMeta.edit')} ${d.code}`}>
                  {t('adminMeta.edit')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
