/**
 * A unit event for the unit on screen: its kind, date, legal basis and the fields of the kind; the API's 422 shown
 * at each field it names (details[].field), anything else above the button.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { Notice } from '@/components/ui/notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useAddUnitEvent, type UnitEventBody } from '../api/unit-events';
import { DateField } from '@/components/ui/date-field';
import './admin-units.css';

const KINDS = ['rename', 'reclassify', 'recode', 'merge', 'split', 'abolish'] as const;
type Kind = (typeof KINDS)[number];

function parseParts(text: string): NonNullable<UnitEventBody['parts']> {
  return text
    .split('\n')
    .map((line) => line.split(';').map((s) => s.trim()))
    .filter((cells) => cells.some(Boolean))
    .map(([code = '', fullName = '', share = '']) => ({ code, fullName, share: Number(share.replace(',', '.')) }));
}

export function EventForm({ code, unitName, defaultDate, onSaved }: { code: string; unitName: string; defaultDate: string; onSaved: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const add = useAddUnitEvent();
  const [kind, setKind] = useState<Kind>('rename');
  const [form, setForm] = useState({
    date: defaultDate,
    legalBasis: '',
    fullName: '',
    newCode: '',
    codes: code,
    intoCode: '',
    intoName: '',
    parts: '',
    note: '',
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const error = add.error instanceof ApiError ? add.error : null;
  const at = (...fields: string[]): string | undefined => {
    const found = error?.details.filter((d) => d.field && fields.some((f) => d.field === f || d.field!.startsWith(`${f}[`) || d.field!.startsWith(`${f}.`)));
    return found?.length ? found.map((d) => localMessage(d.message ?? '', language)).join(' · ') : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: UnitEventBody = { kind, date: form.date.trim(), legalBasis: form.legalBasis, ...(form.note.trim() ? { note: form.note } : {}) };
    if (kind !== 'merge') body.code = code;
    if (kind === 'rename' || kind === 'reclassify') body.fullName = form.fullName;
    if (kind === 'recode') body.newCode = form.newCode.trim();
    if (kind === 'merge') {
      body.codes = form.codes
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      body.into = { code: form.intoCode.trim(), fullName: form.intoName };
    }
    if (kind === 'split') body.parts = parseParts(form.parts);
    add.mutate(body, { onSuccess: (answer) => onSaved(answer.event.id) });
  };

  return (
    <form className="admin-units__form" onSubmit={submit} noValidate>
      <h2>{t('adminUnits.form.title', { unit: unitName })}</h2>
      <SelectField
        label={t('adminUnits.form.kind')}
        value={kind}
        onChange={(value) => setKind(value as Kind)}
        options={KINDS.map((k) => ({ value: k, label: t(`adminUnits.kinds.${k}`) }))}
      />
      <DateField
        label={t('adminUnits.form.date')}
        hint={t('adminUnits.form.dateHint')}
        value={form.date}
        onChange={(date) => setForm({ ...form, date })}
        error={at('date')}
      />
      <TextField
        label={t('adminUnits.form.legalBasis')}
        hint={t('adminUnits.form.legalBasisHint')}
        value={form.legalBasis}
        onChange={set('legalBasis')}
        error={at('legalBasis')}
      />
      {kind === 'rename' || kind === 'reclassify' ? (
        <TextField
          label={t('adminUnits.form.fullName')}
          hint={t('adminUnits.form.fullNameHint')}
          value={form.fullName}
          onChange={set('fullName')}
          error={at('fullName', 'code')}
        />
      ) : null}
      {kind === 'recode' ? (
        <TextField label={t('adminUnits.form.newCode')} value={form.newCode} onChange={set('newCode')} error={at('newCode', 'code')} />
      ) : null}
      {kind === 'merge' ? (
        <>
          <TextField label={t('adminUnits.form.codes')} value={form.codes} onChange={set('codes')} error={at('codes')} />
          <TextField label={t('adminUnits.form.intoCode')} value={form.intoCode} onChange={set('intoCode')} error={at('into.code', 'into.parentCode')} />
          <TextField label={t('adminUnits.form.intoName')} value={form.intoName} onChange={set('intoName')} error={at('into.fullName', 'into')} />
        </>
      ) : null}
      {kind === 'split' ? (
        <div className="ui-field">
          <label className="ui-field__label" htmlFor="admin-units-parts">
            {t('adminUnits.form.parts')}
          </label>
          <p className="ui-field__hint">{t('adminUnits.form.partsHint')}</p>
          {at('parts', 'code') ? <p className="ui-field__error">{at('parts', 'code')}</p> : null}
          <textarea
            id="admin-units-parts"
            className="ui-input admin-units__parts"
            rows={4}
            value={form.parts}
            onChange={set('parts')}
            aria-invalid={at('parts') ? true : undefined}
          />
        </div>
      ) : null}
      {kind === 'abolish' && at('code') ? <p className="ui-field__error">{at('code')}</p> : null}
      <TextField label={t('adminUnits.form.note')} value={form.note} onChange={set('note')} />
      {add.isError && !error?.details.length ? (
        <Notice tone="danger" title={t('adminUnits.form.failed')}>
          {add.error instanceof Error ? localMessage(add.error.message, language) : null}
        </Notice>
      ) : null}
      <Button type="submit" variant="primary" disabled={add.isPending}>
        {add.isPending ? t('adminUnits.form.saving') : t('adminUnits.form.submit')}
      </Button>
    </form>
  );
}
