/** One DX product in a list: name, kind, owner, state chip, target date, overdue and simulated marks. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '@/components/ui/badge';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import type { Product, ProductState } from '../api/products';

export const STATE_TONES: Record<ProductState, Tone> = {
  registered: 'info',
  in_progress: 'warning',
  completed: 'success',
  evaluated: 'success',
  withdrawn: 'neutral',
};

export function ProductItem({ product, href }: { product: Product; href: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const owner = product.owner.agency ? `${product.owner.agency} — ${product.owner.unitName}` : product.owner.unitName;
  return (
    <article className="products__item" data-testid="product-item">
      <h3>
        <Link to={href}>{product.name}</Link>
      </h3>
      <p className="products__meta">
        <Badge tone={STATE_TONES[product.state]}>{t(`products.states.${product.state}`)}</Badge> {t(`products.kinds.${product.kind}`)} · {owner} ·{' '}
        {t('products.target', { date: formatDate(product.targetDate, language) })}
        {product.overdue ? (
          <>
            {' '}
            <Badge tone="danger">{t('products.overdue', { days: formatNumber(product.daysOverdue, language) })}</Badge>
          </>
        ) : null}
        {product.simulated ? (
          <>
            {' '}
            <Badge tone="neutral">{t('products.simulated')}</Badge>
          </>
        ) : null}
      </p>
    </article>
  );
}
