/** Đăng ký sản phẩm: name, kind, owner unit (the screen's unit by default), agency, target date, indicators. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/date-field';
import { SelectField } from '@/components/ui/select-field';
import { Notice } from '@/components/ui/notice';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useRegisterProduct, type RegisterProductBody } from '../api/products';

const KINDS = ['platform', 'database', 'digitised_process', 'service'] as const;

export function RegisterProduct({ unit, year }: { unit: string; year: number }) {
  const { t } = useTranslation();
  const register = useRegisterProduct();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('platform');
  const [owner, setOwner] = useState(unit);
  const [agency, setAgency] = useState('');
  const [targetDate, setTargetDate] = useState(`${year}-12-31`);
  const [indicators, setIndicators] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const codes = indicators
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const body: RegisterProductBody = {
      name,
      kind,
      ownerUnit: owner,
      year,
      targetDate,
      ...(agency.trim() ? { agency: agency.trim() } : {}),
      ...(codes.length ? { indicators: codes } : {}),
    };
    register.mutate(body, { onSuccess: () => (setName(''), setAgency(''), setIndicators('')) });
  };
  return (
    <form className="products__form" onSubmit={submit} data-testid="register-product">
      <TextField label={t('products.name')} value={name} onChange={(e) => setName(e.target.value)} required />
      <SelectField
        label={t('products.kind')}
        value={kind}
        onChange={(v) => setKind(v as (typeof KINDS)[number])}
        options={KINDS.map((k) => ({ value: k, label: t(`products.kinds.${k}`) }))}
      />
      <TextField label={t('products.ownerUnit')} value={owner} onChange={(e) => setOwner(e.target.value)} required />
      <TextField label={t('products.agency')} value={agency} onChange={(e) => setAgency(e.target.value)} />
      <DateField label={t('products.targetDate')} value={targetDate} onChange={setTargetDate} required />
      <TextField label={t('products.indicators')} value={indicators} onChange={(e) => setIndicators(e.target.value)} />
      <Button type="submit" variant="primary" disabled={register.isPending}>
        {t('products.register')}
      </Button>
      {register.isError ? <ApiErrorNotice error={register.error} /> : null}
      {register.isSuccess ? <Notice tone="success" title={t('products.registered')} /> : null}
    </form>
  );
}
