/**
 * /products (Sản phẩm CĐS): the products of the screen's unit and the units under it for a year (?year=, default
 * the screen period's year) and state (?state=), with the counts "18 đã đăng ký, 1 hoàn thành" by state and level,
 * the register form for those who may write, and the check of the units without a product.
 */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { PRODUCT_STATES, useProducts, type ProductState } from '@/features/products/api/products';
import { ProductItem, STATE_TONES } from '@/features/products/components/product-item';
import { RegisterProduct } from '@/features/products/components/register-product';
import { UnitsWithoutProduct } from '@/features/products/components/units-without-product';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { can } from '@/lib/authorization';
import { useMe } from '@/lib/auth';
import { useScreen } from './root';
import '@/features/products/components/products.css';

export function ProductsRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year') ?? params.period.slice(0, 4));
  const state = PRODUCT_STATES.find((s) => s === search.get('state'));
  const list = useProducts({ unit: params.unit, year, ...(state ? { state } : {}), limit: 500 });
  const me = useMe();
  useDocumentTitle(t('products.title'));
  const set = (key: string, value: string | null) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const n = (v: number) => formatNumber(v, language);
  const years = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));

  let body;
  if (list.isPending) body = <Skeleton lines={6} label={t('products.loading')} />;
  else if (list.isError) body = <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  else {
    const c = list.data.counts;
    body = (
      <>
        <p className="products__summary" data-testid="products-summary">
          {t('products.summary', { registered: n(c.registered), completed: n(c.completed) })}
          {c.overdue ? ` · ${t('products.overdueCount', { count: c.overdue })}` : ''}
        </p>
        <p>
          {t('products.byLevel', {
            province: n(c.byLevel.province.registered),
            district: n(c.byLevel.district.registered),
            commune: n(c.byLevel.commune.registered),
          })}
        </p>
        <p className="products__meta">
          {PRODUCT_STATES.map((s: ProductState) => (
            <span key={s}>
              <Badge tone={STATE_TONES[s]}>
                {t(`products.states.${s}`)}: {n(c.byState[s])}
              </Badge>{' '}
            </span>
          ))}
        </p>
        {list.data.total === 0 ? (
          <EmptyState title={t('products.empty')}>
            <p>{t('products.emptyHelp')}</p>
          </EmptyState>
        ) : (
          <ul className="products__items" data-testid="product-list">
            {list.data.items.map((p) => (
              <li key={p.id}>
                <ProductItem product={p} href={`/products/${p.id}${screenSearch(params)}`} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('products.title')}</h1>
        <p className="page-header__context">{t('products.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/', search: screenSearch(params) }}>‹ {t('nav.overview')}</Link>
        </p>
      </header>
      <div className="products__filters">
        <SelectField
          label={t('products.filterYear')}
          value={String(year)}
          onChange={(v) => set('year', v)}
          options={[...new Set([String(year), ...years])].map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          label={t('products.filterState')}
          value={state ?? ''}
          onChange={(v) => set('state', v || null)}
          options={[{ value: '', label: t('products.filterAll') }, ...PRODUCT_STATES.map((s) => ({ value: s, label: t(`products.states.${s}`) }))]}
        />
      </div>
      {body}
      {can(me.data, 'write_values') ? (
        <Card title={t('products.register')} className="products__section">
          <RegisterProduct unit={params.unit} year={year} />
        </Card>
      ) : null}
      <UnitsWithoutProduct unit={params.unit} year={year} />
    </>
  );
}
