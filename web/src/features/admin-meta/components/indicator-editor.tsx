/**
 * Creating or editing an indicator: names, the numerator and denominator in formula fields checked as the
 * administrator types (POST /indicators/formula-check, 400 ms after the last key: the parser's message and its
 * position marked in the formula), the elements the formula uses, the preview value for the screen's unit and
 * period (the header's pickers), and the save (PUT /indicators/{code}; refused fields marked with the server's words).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/field';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { localMessage } from '@/lib/api/errors';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useFormulaCheck, useSaveIndicator } from '../api/indicators';
import type { FormulaCheck, IndicatorBody, IndicatorItem } from '../api/types';
import { fieldErrors, numberOrNull } from './field-errors';
import { FormulaField } from './formula-field';

export interface IndicatorEditorProps {
  /** null: a new indicator. */
  indicator: IndicatorItem | null;
  unit: string;
  period: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;

export function IndicatorEditor({ indicator, unit, period, onDone, onCancel }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [form, setForm] = useState({
    code: indicator?.code ?? '',
    name: indicator?.name ?? '',
    nameEn: indicator?.nameEn ?? '',
    description: indicator?.description ?? '',
    numerator: indicator?.numerator ?? '',
    denominator: indicator?.denominator ?? '',
    factor: String(indicator?.factor ?? 1),
    decimals: String(indicator?.decimals ?? 1),
    unitOfMeasure: indicator?.unitOfMeasure ?? '',
    direction: indicator?.direction ?? 'higher_is_better',
  });
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const save = useSaveIndicator();
  const errors = fieldErrors(save.error, language);

  const factor = numberOrNull(form.factor);
  const decimals = numberOrNull(form.decimals);
  const checked = useDebouncedValue(
    {
      ...(form.code.trim() ? { code: form.code.trim() } : {}),
      numerator: form.numerator,
      denominator: form.denominator.trim() ? form.denominator : null,
      ...(factor !== null && Number.isFinite(factor) ? { factor } : {}),
      ...(decimals !== null && Number.isInteger(decimals) && decimals >= 0 && decimals <= 10 ? { decimals } : {}),
      unit,
      period,
    },
    400,
  );
  const check = useFormulaCheck(checked.numerator.trim() ? checked : null);
  const problems = check.data?.errors ?? [];
  const problemOf = (field: string) => problems.find((p) => p.field === field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: IndicatorBody = {
      name: form.name,
      nameEn: form.nameEn,
      description: form.description.trim() || null,
      numerator: form.numerator,
      denominator: form.denominator.trim() || null,
      factor: factor ?? Number.NaN,
      decimals: decimals ?? Number.NaN,
      unitOfMeasure: form.unitOfMeasure.trim() || null,
      direction: form.direction,
    };
    save.mutate(
      { code: form.code.trim(), body },
      { onSuccess: (saved) => onDone(t(indicator ? 'adminMeta.updated' : 'adminMeta.created', { code: saved.code })) },
    );
  };

  return (
    <Card title={indicator ? t('adminMeta.indicators.editTitle', { code: indicator.code }) : t('adminMeta.indicators.newTitle')} className="admin-meta__editor">
      <form className="admin-meta__form" onSubmit={submit} noValidate data-testid="indicator-form">
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
            onChange={(e) => set('code')(e.target.value)}
            readOnly={indicator !== null}
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
        </div>
        <FormulaField
          name="numerator"
          label={t('adminMeta.indicators.numerator')}
          hint={t('adminMeta.indicators.formulaHint')}
          value={form.numerator}
          onChange={set('numerator')}
          problem={problemOf('numerator') ?? (errors.numerator ? { field: 'numerator', message: errors.numerator, position: null, length: null } : undefined)}
        />
        <FormulaField
          name="denominator"
          label={t('adminMeta.indicators.denominator')}
          hint={t('adminMeta.indicators.denominatorHint')}
          value={form.denominator}
          onChange={set('denominator')}
          problem={
            problemOf('denominator') ?? (errors.denominator ? { field: 'denominator', message: errors.denominator, position: null, length: null } : undefined)
          }
        />
        <FormulaStatus check={check.data} checking={check.isFetching} period={period} />
        <div className="admin-meta__grid">
          <TextField
            label={t('adminMeta.indicators.factor')}
            hint={t('adminMeta.indicators.factorHint')}
            name="factor"
            inputMode="decimal"
            value={form.factor}
            onChange={(e) => set('factor')(e.target.value)}
            error={errors.factor ?? problemOf('factor')?.message}
          />
          <TextField
            label={t('adminMeta.indicators.decimals')}
            name="decimals"
            inputMode="numeric"
            value={form.decimals}
            onChange={(e) => set('decimals')(e.target.value)}
            error={errors.decimals ?? problemOf('decimals')?.message}
          />
          <SelectField
            label={t('adminMeta.indicators.direction')}
            value={form.direction}
            onChange={set('direction')}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`adminMeta.indicators.directions.${d}`) }))}
          />
        </div>
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

/** What the check said: the elements used and the preview value, or nothing while the formula has errors. */
function FormulaStatus({ check, checking, period }: { check: FormulaCheck | undefined; checking: boolean; period: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!check) return checking ? <p className="admin-meta__muted">{t('adminMeta.indicators.checking')}</p> : null;
  if (!check.ok) return null;
  const preview = check.preview;
  const label = periodLabel(period, t, language);
  return (
    <div className="admin-meta__check" aria-live="polite" data-testid="formula-status">
      <p className="admin-meta__ok">
        {t('adminMeta.indicators.formulaOk')} {checking ? <span className="admin-meta__muted">{t('adminMeta.indicators.checking')}</span> : null}
      </p>
      <p>{t('adminMeta.indicators.uses')}</p>
      <ul className="admin-meta__uses">
        {check.elements.map((e) => (
          <li key={e.code}>
            <code>{e.code}</code> {language === 'vi' ? e.name : e.nameEn} ({e.usedIn.map((p) => t(`adminMeta.indicators.usedIn.${p}`)).join(', ')})
          </li>
        ))}
      </ul>
      {preview ? (
        <div className="admin-meta__preview" data-testid="formula-preview">
          <p className="admin-meta__preview-title">
            {t('adminMeta.indicators.preview')} — {t('adminMeta.indicators.previewFor', { unit: preview.unit.name, period: label })}
          </p>
          {preview.value === null ? (
            <p>{t('adminMeta.indicators.previewNone', { unit: preview.unit.name, period: label })}</p>
          ) : (
            <>
              <p className="admin-meta__preview-value" data-testid="formula-preview-value">
                {formatNumber(preview.value, language, preview.decimals)}
              </p>
              <p className="admin-meta__muted">
                {t('adminMeta.indicators.previewParts', {
                  numerator: formatNumber(preview.numerator, language),
                  denominator: preview.denominator === null ? '1' : formatNumber(preview.denominator, language),
                  reported: formatNumber(preview.coverage.reported, language, 0),
                  expected: formatNumber(preview.coverage.expected, language, 0),
                })}
              </p>
            </>
          )}
          <p className="admin-meta__muted">{t('adminMeta.indicators.previewHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
