/**
 * Creating or editing a dataset (form) through the existing POST /datasets and PUT /datasets/{code}: names, period
 * type, deadline, its data elements grouped by section (in order; each with "evidence required"), and the units it
 * is assigned to (a unit itself, or every unit of a level below it). Refusals (422) are listed with the server's words.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/field';
import { useLanguage } from '@/lib/i18n';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useDataElements } from '../api/elements';
import { useSaveDataset } from '../api/datasets';
import type { DatasetItem } from '../api/types';
import { localText } from './field-errors';

type Row = { code: string; section: string; evidenceRequired: boolean };
type UnitRow = { unit: string; level: string };
const PERIOD_TYPES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;
const LEVELS = ['', 'province', 'district', 'commune'] as const;

export function DatasetEditor({ dataset, onDone, onCancel }: { dataset: DatasetItem | null; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [head, setHead] = useState({
    code: dataset?.code ?? '',
    name: dataset?.name ?? '',
    nameEn: dataset?.nameEn ?? '',
    periodType: dataset?.periodType ?? 'yearly',
    deadlineDays: String(dataset?.deadlineDays ?? 15),
  });
  const [rows, setRows] = useState<Row[]>(
    (dataset?.elements ?? []).map((e) => ({ code: e.code ?? '', section: e.section ?? '', evidenceRequired: !!e.evidenceRequired })),
  );
  const [units, setUnits] = useState<UnitRow[]>((dataset?.units ?? []).map((u) => ({ unit: u.unit ?? '', level: u.level ?? '' })));
  const [adding, setAdding] = useState({ code: '', section: '' });
  const elements = useDataElements('');
  const names = new Map((elements.data?.items ?? []).map((e) => [e.code, language === 'vi' ? e.name : e.nameEn]));
  const save = useSaveDataset();
  const problems = save.error instanceof ApiError ? save.error.details : [];

  const sections = [...new Set(rows.map((r) => r.section))];
  const change = (index: number, patch: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: DatasetItem = {
      code: head.code.trim(),
      name: head.name,
      nameEn: head.nameEn,
      periodType: head.periodType,
      deadlineDays: Number(head.deadlineDays),
      // Grouped by section in the order the sections first appear (the form shows them so).
      elements: sections.flatMap((s) =>
        rows
          .filter((r) => r.section === s)
          .map((r) => ({ code: r.code, ...(r.section.trim() ? { section: r.section.trim() } : {}), evidenceRequired: r.evidenceRequired })),
      ),
      units: units.filter((u) => u.unit.trim()).map((u) => ({ unit: u.unit.trim(), ...(u.level ? { level: u.level } : {}) })),
    };
    save.mutate(
      { body, create: dataset === null },
      { onSuccess: (saved) => onDone(t(dataset ? 'adminMeta.updated' : 'adminMeta.created', { code: saved.code })) },
    );
  };

  return (
    <Card title={dataset ? t('adminMeta.datasets.editTitle', { code: dataset.code }) : t('adminMeta.datasets.newTitle')}>
      <form className="admin-meta__form" onSubmit={submit} noValidate data-testid="dataset-form">
        {save.error ? (
          <Notice tone="danger" title={t('adminMeta.fixFields')}>
            <p>{localMessage(save.error.message, language)}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{p.field}</code>: {localText(p.message ?? '', language)}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <div className="admin-meta__grid">
          <TextField
            label={t('adminMeta.code')}
            hint={t('adminMeta.codeHint')}
            value={head.code}
            readOnly={dataset !== null}
            onChange={(e) => setHead({ ...head, code: e.target.value })}
          />
          <TextField label={t('adminMeta.name')} value={head.name} onChange={(e) => setHead({ ...head, name: e.target.value })} />
          <TextField label={t('adminMeta.nameEn')} value={head.nameEn} onChange={(e) => setHead({ ...head, nameEn: e.target.value })} />
          <SelectField
            label={t('adminMeta.datasets.periodType')}
            value={head.periodType}
            onChange={(periodType) => setHead({ ...head, periodType })}
            options={PERIOD_TYPES.map((p) => ({ value: p, label: t(`adminMeta.periodTypes.${p}`) }))}
          />
          <TextField
            label={t('adminMeta.datasets.deadlineDays')}
            inputMode="numeric"
            value={head.deadlineDays}
            onChange={(e) => setHead({ ...head, deadlineDays: e.target.value })}
          />
        </div>
        <h3>{t('adminMeta.datasets.elements')}</h3>
        {sections.map((section) => (
          <fieldset key={section} className="admin-meta__section">
            <legend>{section || t('adminMeta.datasets.noSection')}</legend>
            <ul className="admin-meta__list">
              {rows.map((r, i) =>
                r.section !== section ? null : (
                  <li key={`${r.code}-${i}`} className="admin-meta__row">
                    <div className="admin-meta__row-main">
                      <p className="admin-meta__row-name">{names.get(r.code) ?? r.code}</p>
                      <p className="admin-meta__row-meta">
                        <code>{r.code}</code>
                      </p>
                    </div>
                    <label className="admin-meta__check-label">
                      <input type="checkbox" checked={r.evidenceRequired} onChange={(e) => change(i, { evidenceRequired: e.target.checked })} />
                      {t('adminMeta.datasets.evidenceRequired')}
                    </label>
                    <Button
                      size="small"
                      variant="quiet"
                      onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                      aria-label={`${t('adminMeta.datasets.remove')} ${r.code}`}
                    >
                      {t('adminMeta.datasets.remove')}
                    </Button>
                  </li>
                ),
              )}
            </ul>
          </fieldset>
        ))}
        <div className="admin-meta__inline">
          <SelectField
            label={t('adminMeta.datasets.addElement')}
            value={adding.code}
            onChange={(code) => setAdding({ ...adding, code })}
            options={[
              { value: '', label: t('adminMeta.datasets.chooseElement') },
              ...(elements.data?.items ?? [])
                .filter((e) => !rows.some((r) => r.code === e.code))
                .map((e) => ({ value: e.code, label: `${e.code} — ${language === 'vi' ? e.name : e.nameEn}` })),
            ]}
          />
          <TextField
            label={t('adminMeta.datasets.addToSection')}
            list="admin-meta-sections"
            value={adding.section}
            onChange={(e) => setAdding({ ...adding, section: e.target.value })}
          />
          <datalist id="admin-meta-sections">
            {sections.filter(Boolean).map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <Button
            disabled={!adding.code}
            onClick={() => {
              setRows((all) => [...all, { code: adding.code, section: adding.section.trim(), evidenceRequired: false }]);
              setAdding({ code: '', section: adding.section });
            }}
          >
            {t('adminMeta.datasets.addElement')}
          </Button>
        </div>
        <h3>{t('adminMeta.datasets.units')}</h3>
        {units.map((u, i) => (
          <div key={i} className="admin-meta__inline">
            <TextField
              label={t('adminMeta.datasets.unit')}
              value={u.unit}
              onChange={(e) => setUnits((all) => all.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)))}
            />
            <SelectField
              label={t('adminMeta.datasets.level')}
              value={u.level}
              onChange={(level) => setUnits((all) => all.map((x, j) => (j === i ? { ...x, level } : x)))}
              options={LEVELS.map((l) => ({ value: l, label: l ? t(`adminMeta.datasets.levels.${l}`) : t('adminMeta.datasets.levelSelf') }))}
            />
            <Button size="small" variant="quiet" onClick={() => setUnits((all) => all.filter((_, j) => j !== i))}>
              {t('adminMeta.datasets.remove')}
            </Button>
          </div>
        ))}
        <div>
          <Button onClick={() => setUnits((all) => [...all, { unit: '', level: '' }])}>{t('adminMeta.datasets.addUnit')}</Button>
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
