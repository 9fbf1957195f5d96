/** The overview's Sản phẩm CĐS card: registered and completed counts of the year, and the overdue products. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { useOverdueProducts, useProducts } from '../api/products';
import './products.css';

export function ProductsCard({ unit, year, listHref, href }: { unit: string; year: number; listHref: string; href: (id: number) => string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useProducts({ unit, year, limit: 1 });
  const overdue = useOverdueProducts(unit);
  let body;
  if (list.isPending) body = <Skeleton lines={2} label={t('products.loading')} />;
  else if (list.isError) body = <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  else
    body = (
      <p className="products__summary" data-testid="products-summary">
        {t('products.summary', {
          registered: formatNumber(list.data.counts.registered, language),
          completed: formatNumber(list.data.counts.completed, language),
        })}{' '}
        ({year})
      </p>
    );
  const items = overdue.data?.items ?? [];
  return (
    <Card title={t('products.card')} className="products-card">
      {body}
      {overdue.data ? (
        items.length === 0 ? (
          <p>{t('products.cardNoOverdue')}</p>
        ) : (
          <>
            <p>{t('products.overdueCount', { count: items.length })}</p>
            <ul className="products__overdue" data-testid="overdue-products">
              {items.slice(0, 5).map((p) => (
                <li key={p.id}>
                  <Link to={href(p.id)}>{p.name}</Link> — {p.agency ?? p.ownerUnit} · {t('products.overdue', { days: formatNumber(p.daysOverdue, language) })}
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      <p>
        <Link to={listHref}>{t('products.cardAll')} ›</Link>
      </p>
    </Card>
  );
}
