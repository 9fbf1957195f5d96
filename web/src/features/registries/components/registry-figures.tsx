/**
 * Chương trình, nhiệm vụ CĐS: a unit's figures from the programme registries for the screen's period — "18 sản
 * phẩm CĐS đã đăng ký, 1 đã hoàn thành", "65 tổ cấp xã với 840 thành viên" — grouped by registry, each counted
 * from the records (never typed) and linked to the records behind it.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import type { RegistryFigure, View } from '@/lib/api/types';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { useRegistryFigures } from '../api/registry-figures';
import './registries.css';

export interface RegistryFiguresProps {
  unit: string;
  unitName: string;
  period: string;
  view: View;
  /** The drill-down page of one figure. */
  recordsHref: (figure: RegistryFigure) => string;
}

const REGISTRIES = ['products', 'teams', 'tasks'] as const;

export function RegistryFigures({ unit, unitName, period, view, recordsHref }: RegistryFiguresProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const figures = useRegistryFigures(unit, period, view);
  let body;
  if (figures.isPending) body = <Skeleton lines={3} label={t('registries.figuresLoading')} />;
  else if (figures.isError) body = <ApiErrorNotice error={figures.error} onRetry={() => void figures.refetch()} />;
  else {
    const shown = figures.data.items.filter((f) => f.value !== null);
    body =
      shown.length === 0 ? (
        <EmptyState title={t('registries.figuresNone')}>
          <p>{t('registries.figuresNoneHelp', { unit: unitName })}</p>
        </EmptyState>
      ) : (
        <div className="registry-figures" data-testid="registry-figures">
          {REGISTRIES.map((registry) => {
            const items = shown.filter((f) => f.registry === registry);
            if (items.length === 0) return null;
            return (
              <section key={registry} className="registry-figures__group">
                <h3>{t(`registries.registry.${registry}`)}</h3>
                <ul>
                  {items.map((f) => (
                    <li key={f.indicator} data-indicator={f.indicator}>
                      <span className="registry-figures__value">{formatNumber(f.value, language, 0)}</span>{' '}
                      <span className="registry-figures__name">{language === 'en' && f.nameEn ? f.nameEn : f.name}</span>{' '}
                      <Link to={recordsHref(f)} aria-label={t('registries.seeRecordsOf', { name: f.name })}>
                        {t('registries.seeRecords')} ›
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <p className="registry-figures__note">{t('registries.computed')}</p>
        </div>
      );
  }
  return (
    <Card title={t('registries.figuresTitle')} className="registry-figures-card">
      {body}
    </Card>
  );
}
