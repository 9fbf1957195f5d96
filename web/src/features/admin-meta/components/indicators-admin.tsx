/** /admin/indicators: the indicators with search (accent-insensitive, the server's), and the editor for a new or chosen one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useIndicatorList } from '../api/indicators';
import type { IndicatorItem } from '../api/types';
import { IndicatorEditor } from './indicator-editor';
import './admin-meta.css';

export function IndicatorsAdmin({ unit, period }: { unit: string; period: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q, 250);
  const list = useIndicatorList(query);
  const [editing, setEditing] = useState<IndicatorItem | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const open = (target: IndicatorItem | 'new') => {
    setDone(null);
    setEditing(target);
  };
  return (
    <div className="admin-meta">
      {done ? <Notice tone="success" title={done} /> : null}
      {editing ? (
        <IndicatorEditor
          key={editing === 'new' ? 'new' : editing.code}
          indicator={editing === 'new' ? null : editing}
          unit={unit}
          period={period}
          onCancel={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      ) : null}
      <Card
        title={t('adminMeta.indicators.title')}
        actions={
          <Button variant="primary" onClick={() => open('new')}>
            {t('adminMeta.indicators.add')}
          </Button>
        }
      >
        <TextField label={t('adminMeta.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        {list.isPending ? (
          <Skeleton lines={6} label={t('adminMeta.indicators.title')} />
        ) : list.isError ? (
          <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState title={t('adminMeta.noneFound', { q: query })}>
            <p>{t('adminMeta.noneFoundBody')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="admin-meta__muted">{t('adminMeta.count', { count: list.data.total })}</p>
            <ul className="admin-meta__list">
              {list.data.items.map((i) => (
                <li key={i.code} className="admin-meta__row">
                  <div className="admin-meta__row-main">
                    <p className="admin-meta__row-name">{language === 'vi' ? i.name : i.nameEn}</p>
                    <p className="admin-meta__row-meta">
                      <code>{i.code}</code> · <code>{i.denominator ? `(${i.numerator}) / (${i.denominator})` : i.numerator}</code>
                      {i.factor !== 1 ? ` × ${i.factor}` : ''}
                      {i.unitOfMeasure ? ` · ${i.unitOfMeasure}` : ''}
                    </p>
                  </div>
                  <Button size="small" onClick={() => open(i)} aria-label={`${t('adminMeta.edit')} ${i.code}`}>
                    {t('adminMeta.edit')}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </div>
  );
}
