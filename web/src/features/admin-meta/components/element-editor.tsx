/** Creating or editing a data element (PUT /data-elements/{code}); the fields the server refuses are marked with its words. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/field';
import { useLanguage } from '@/lib/i18n';
import { localMessage } from '@/lib/api/errors';
import { useSaveDataElement } from '../api/elements';
import type { DataElementBody, DataElementItem } from '../api/types';
import { fieldErrors, numberOrNull } from './field-errors';

const VALUE_TYPES = ['integer', 'number', 'percentage', 'boolean', 'text', 'document'] as const;
const PERIOD_TYPES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;
const TIME = ['sum', 'last', 'average', 'max', 'min', 'none'] as const;
const HIERARCHY = ['sum', 'average', 'max', 'min', 'none'] as const;

export function ElementEditor({ element, onDone, onCancel }: { element: DataElementItem | null; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [form, setForm] = useState({
    code: element?.code ?? '',
    name: element?.name ?? '',
    nameEn: element?.nameEn ?? '',
    description: element?.description ?? '',
    valueType: element?.valueType ?? 'integer',
    timeAggregation: element?.timeAggregation ?? 'sum',
    hierarchyAggregation: element?.hierarchyAggregation ?? 'sum',
    periodType: element?.periodType ?? 'yearly',
    unitOfMeasure: element?.unitOfMeasure ?? '',
    // The list gives the bounds in force (the type's default when none is declared): shown, and sent back as declared.
    minValue: element?.minValue === null || element?.minValue === undefined ? '' : String(element.minValue),
    maxValue: element?.maxValue === null || element?.maxValue === undefined ? '' : String(element.maxValue),
  });
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const save = useSaveDataElement();
  const errors = fieldErrors(save.error, language);
  type Group = 'valueTypes' | 'periodTypes' | 'timeAggregations' | 'hierarchyAggregations';
  const options = (values: readonly string[], group: Group) =>
    values.map((v) => ({ value: v, label: t(`adminMeta.${group}.${v}` as 'adminMeta.valueTypes.number') }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: DataElementBody = {
      name: form.name,
      nameEn: form.nameEn,
      description: form.description.trim() || null,
      valueType: form.valueType,
      timeAggregation: form.timeAggregation,
      hierarchyAggregation: form.hierarchyAggregation,
      periodType: form.periodType,
      unitOfMeasure: form.unitOfMeasure.trim() || null,
      minValue: numberOrNull(form.minValue),
      maxValue: numberOrNull(form.maxValue),
    };
    save.mutate(
      { code: form.code.trim(), body },
      { onSuccess: (saved) => onDone(t(element ? 'adminMeta.updated' : 'adminMeta.created', { code: saved.code })) },
    );
  };

  return (
    <Card title={element ? t('adminMeta.elements.editTitle', { code: element.code }) : t('adminMeta.elements.newTitle')}>
      <form className="admin-meta__form" onSubmit={submit} noValidate data-testid="element-form">
        {save.error ? (
          <Notice tone="danger" title={t('adminMeta.fixFields')}>
            <p>{localMessage(save.error.message, language)}</p>
          </Notice>
        ) : null}
        <div className="admin-meta__grid">
          <TextField
            label={t('adminMeta.code')}
            hint={t('adminMeta.codeHint')}
            name="code"
            value={form.code}
            readOnly={element !== null}
            onChange={(e) => set('code')(e.target.value)}
            error={errors.code}
          />
          <TextField label={t('adminMeta.name')} name="name" value={form.name} onChange={(e) => set('name')(e.target.value)} error={errors.name} />
          <TextField label={t('adminMeta.nameEn')} name="nameEn" value={form.nameEn} onChange={(e) => set('nameEn')(e.target.value)} error={errors.nameEn} />
          <TextField
            label={t('adminMeta.unitOfMeasure')}
            name="unitOfMeasure"
            value={form.unitOfMeasure}
            onChange={(e) => set('unitOfMeasure')(e.target.value)}
            error={errors.unitOfMeasure}
          />
          <SelectField
            label={t('adminMeta.elements.valueType')}
            value={form.valueType}
            onChange={(v) => set('valueType')(v)}
            options={options(VALUE_TYPES, 'valueTypes')}
          />
          <SelectField
            label={t('adminMeta.elements.periodType')}
            value={form.periodType}
            onChange={set('periodType')}
            options={options(PERIOD_TYPES, 'periodTypes')}
          />
          <SelectField
            label={t('adminMeta.elements.timeAggregation')}
            value={form.timeAggregation}
            onChange={set('timeAggregation')}
            options={options(TIME, 'timeAggregations')}
          />
          <SelectField
            label={t('adminMeta.elements.hierarchyAggregation')}
            value={form.hierarchyAggregation}
            onChange={set('hierarchyAggregation')}
            options={options(HIERARCHY, 'hierarchyAggregations')}
          />
          <TextField
            label={t('adminMeta.elements.minValue')}
            hint={t('adminMeta.elements.boundsHint')}
            name="minValue"
            inputMode="decimal"
            value={form.minValue}
            onChange={(e) => set('minValue')(e.target.value)}
            error={errors.minValue}
          />
          <TextField
            label={t('adminMeta.elements.maxValue')}
            name="maxValue"
            inputMode="decimal"
            value={form.maxValue}
            onChange={(e) => set('maxValue')(e.target.value)}
            error={errors.maxValue}
          />
        </div>
        {errors.valueType || errors.periodType || errors.timeAggregation || errors.hierarchyAggregation ? (
          <Notice tone="danger">
            {(['valueType', 'periodType', 'timeAggregation', 'hierarchyAggregation'] as const)
              .filter((f) => errors[f])
              .map((f) => (
                <p key={f}>
                  {t(`adminMeta.elements.${f}`)}: {errors[f]}
                </p>
              ))}
          </Notice>
        ) : null}
        <TextField label={t('adminMeta.description')} name="description" value={form.description} onChange={(e) => set('description')(e.target.value)} />
        <div className="admin-meta__actions">
          <Button variant="primary" type="submit" disabled={save.isPending}>
            {save.isPending ? t('adminMeta.saving') : t('adminMeta.save')}
          </Button>
          <Button onClick={onCancel}>{t('adminMeta.cancel')}</Button>
        </div>
      </form>
    </Card>
  );
}
