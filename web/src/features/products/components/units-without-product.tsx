/** The plan's rule "every unit at least one product" as a check: the districts or communes with none this year. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useUnitsWithoutProduct } from '../api/products';

export function UnitsWithoutProduct({ unit, year }: { unit: string; year: number }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<'district' | 'commune'>('district');
  const check = useUnitsWithoutProduct(unit, year, level);
  let body;
  if (check.isPending) body = <Skeleton lines={2} label={t('products.loading')} />;
  else if (check.isError) body = <ApiErrorNotice error={check.error} />;
  else
    body = (
      <>
        <p>{t('products.withoutCount', { with: check.data.withProduct, total: check.data.total })}</p>
        {check.data.units.length === 0 ? (
          <p>{t('products.withoutNone')}</p>
        ) : (
          <ul data-testid="units-without-product">
            {check.data.units.map((u) => (
              <li key={u.code}>
                {u.name} ({u.code})
              </li>
            ))}
          </ul>
        )}
        <p className="products__note">{t('products.agenciesUnknown', { count: check.data.agencies.registered.length })}</p>
      </>
    );
  return (
    <Card title={`${t('products.without')} (${year})`} className="products__section">
      <SelectField
        label={t('products.withoutLevel')}
        value={level}
        onChange={(v) => setLevel(v as 'district' | 'commune')}
        options={(['district', 'commune'] as const).map((l) => ({ value: l, label: t(`products.levels.${l}`) }))}
      />
      {body}
    </Card>
  );
}
