/** "Tạo kế hoạch": code, names, legal basis, unit and span of a new plan (POST /plans); its targets are added in the editor after. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { useCreatePlan, type NewPlan } from '../api/admin-plans';
import { ProblemList } from './problem-list';

const FIELDS = ['code', 'name', 'nameEn', 'legalBasis', 'unitCode', 'startPeriod', 'endPeriod'] as const;
type Field = (typeof FIELDS)[number];

export function PlanCreateDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (code: string) => void }) {
  const { t } = useTranslation();
  const create = useCreatePlan();
  const [form, setForm] = useState<Record<Field, string>>({ code: '', name: '', nameEn: '', legalBasis: '', unitCode: '', startPeriod: '', endPeriod: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewPlan = { code: form.code.trim(), name: form.name.trim(), nameEn: form.nameEn.trim() || form.name.trim(), targets: [] };
    for (const key of ['legalBasis', 'unitCode', 'startPeriod', 'endPeriod'] as const) if (form[key].trim()) body[key] = form[key].trim();
    create.mutate(body, { onSuccess: (plan) => onCreated(plan.code) });
  };
  const field = (key: Field, extra: { hint?: string; required?: boolean; inputMode?: 'numeric' } = {}) => (
    <TextField
      label={t(`adminPlans.form.${key}`)}
      value={form[key]}
      onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      {...(extra.hint ? { hint: extra.hint } : {})}
      required={extra.required}
      inputMode={extra.inputMode}
      {...(key === 'code' ? { 'data-autofocus': true } : {})}
    />
  );
  return (
    <Dialog open={open} title={t('adminPlans.form.title')} closeLabel={t('adminPlans.form.close')} onClose={onClose}>
      <form className="admin-plans__form" onSubmit={submit}>
        {field('code', { hint: t('adminPlans.form.codeHint'), required: true })}
        {field('name', { required: true })}
        {field('nameEn')}
        {field('legalBasis', { hint: t('adminPlans.form.legalBasisHint') })}
        {field('unitCode', { hint: t('adminPlans.form.unitCodeHint') })}
        <div className="admin-plans__pair">
          {field('startPeriod', { inputMode: 'numeric' })}
          {field('endPeriod', { inputMode: 'numeric' })}
        </div>
        {create.isError ? (
          <ProblemList error={create.error} title={t('adminPlans.form.problems')} describeField={(f) => (isField(f) ? t(`adminPlans.form.${f}`) : f)} />
        ) : null}
        <div className="admin-plans__actions">
          <Button variant="primary" type="submit" disabled={create.isPending}>
            {t('adminPlans.form.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function isField(value: string): value is Field {
  return (FIELDS as readonly string[]).includes(value);
}
