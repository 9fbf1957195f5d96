/**
 * One plan for its administrator: its fields, its targets by group as yearly paths (a row per indicator and unit,
 * a column per year of the span, each cell editable), a row added for another indicator, saved whole with
 * PUT /plans/{code} (the server's problems listed by field), and the way to copy it to provinces.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/field';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { useIndicatorChoices, useUpdatePlan, type AdminPlan } from '../api/admin-plans';
import { pathColumns, toPathRows, toTargets, type PathRow } from './target-paths';
import { ProblemList } from './problem-list';

export function PlanEditor({ plan, onCopy }: { plan: AdminPlan; onCopy: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const initial = useMemo(() => toPathRows(plan, language), [plan, language]);
  const [rows, setRows] = useState<PathRow[]>(initial);
  const [dirty, setDirty] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const update = useUpdatePlan(plan.code);
  // The plan read again (after a save): the editor shows what the server now holds.
  const [shown, setShown] = useState(initial);
  if (shown !== initial) {
    setShown(initial);
    setRows(initial);
    setDirty(false);
  }
  const columns = pathColumns(plan, rows);
  const groups = [...new Set(rows.map((r) => r.group))];

  const setCell = (key: string, period: string, text: string) => {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, cells: { ...r.cells, [period]: text } } : r)));
    setDirty(true);
    update.reset();
  };

  const save = () => {
    const { targets, bad } = toTargets(rows, columns);
    if (bad) {
      setLocalError(t('adminPlans.editor.badNumber', { cell: `${bad.row.indicatorName} — ${periodLabel(bad.period, t, language)}` }));
      return;
    }
    setLocalError(null);
    update.mutate(
      {
        name: plan.name,
        nameEn: plan.nameEn,
        ...(plan.legalBasis ? { legalBasis: plan.legalBasis } : {}),
        ...(plan.unitCode ? { unitCode: plan.unitCode } : {}),
        ...(plan.startPeriod ? { startPeriod: plan.startPeriod } : {}),
        ...(plan.endPeriod ? { endPeriod: plan.endPeriod } : {}),
        targets,
      },
      { onSuccess: () => setDirty(false) },
    );
  };

  const span = plan.startPeriod ? t('adminPlans.span', { from: plan.startPeriod, to: plan.endPeriod ?? '…' }) : t('adminPlans.noSpan');
  return (
    <Card
      title={plan.name}
      actions={
        <Button onClick={onCopy} disabled={plan.targetCount === 0}>
          {t('adminPlans.editor.copy')}
        </Button>
      }
    >
      <dl className="admin-plans__facts">
        <dt>{t('adminPlans.columns.code')}</dt>
        <dd>{plan.code}</dd>
        <dt>{t('adminPlans.editor.unit')}</dt>
        <dd>{plan.unitName ?? plan.unitCode ?? t('adminPlans.noUnit')}</dd>
        <dt>{t('adminPlans.editor.span')}</dt>
        <dd>{span}</dd>
        {plan.legalBasis ? (
          <>
            <dt>{t('adminPlans.editor.legalBasis')}</dt>
            <dd>{plan.legalBasis}</dd>
          </>
        ) : null}
      </dl>
      {rows.length === 0 ? (
        <EmptyState title={t('adminPlans.editor.noTargets')}>
          <p>{t('adminPlans.editor.noTargetsBody')}</p>
        </EmptyState>
      ) : (
        <p className="admin-plans__hint">{t('adminPlans.editor.pathHint')}</p>
      )}
      {groups.map((group) => (
        <section key={group ?? '—'} className="admin-plans__group">
          <h3>{group ?? t('adminPlans.editor.ungrouped')}</h3>
          <div className="admin-plans__scroll">
            <table className="admin-plans__table">
              <thead>
                <tr>
                  <th scope="col">{t('adminPlans.editor.indicator')}</th>
                  <th scope="col">{t('adminPlans.editor.targetUnit')}</th>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="admin-plans__num">
                      {/^\d{4}$/.test(c) ? c : periodLabel(c, t, language)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.group === group)
                  .map((row) => (
                    <tr key={row.key}>
                      <th scope="row">
                        {row.indicatorName}
                        <span className="admin-plans__code">
                          {t(`adminPlans.comparison.${row.comparison}`)}
                          {row.unitOfMeasure ? ` · ${row.unitOfMeasure}` : ''}
                        </span>
                      </th>
                      <td>{row.unit}</td>
                      {columns.map((period) => (
                        <td key={period} className="admin-plans__num">
                          <input
                            className="ui-input admin-plans__cell"
                            inputMode="decimal"
                            aria-label={t('adminPlans.editor.cellLabel', {
                              indicator: row.indicatorName,
                              unit: row.unit,
                              period: periodLabel(period, t, language),
                            })}
                            value={row.cells[period] ?? ''}
                            onChange={(e) => setCell(row.key, period, e.target.value)}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <AddRow
        plan={plan}
        groups={groups.filter((g): g is string => g !== null)}
        onAdd={(row) => {
          setRows((all) => (all.some((r) => r.key === row.key) ? all : [...all, row]));
          setDirty(true);
        }}
      />
      {localError ? <Notice tone="danger">{localError}</Notice> : null}
      {update.isError ? <ProblemList error={update.error} title={t('adminPlans.form.problems')} /> : null}
      {update.isSuccess && !dirty ? <Notice tone="success">{t('adminPlans.editor.saved')}</Notice> : null}
      <div className="admin-plans__actions">
        {dirty ? <span className="admin-plans__muted">{t('adminPlans.editor.dirty')}</span> : null}
        <Button
          onClick={() => {
            setRows(initial);
            setDirty(false);
            setLocalError(null);
          }}
          disabled={!dirty}
        >
          {t('adminPlans.editor.reset')}
        </Button>
        <Button variant="primary" onClick={save} disabled={!dirty || update.isPending}>
          {update.isPending ? t('adminPlans.editor.saving') : t('adminPlans.editor.save')}
        </Button>
      </div>
    </Card>
  );
}

function AddRow({ plan, groups, onAdd }: { plan: AdminPlan; groups: string[]; onAdd: (row: PathRow) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const indicators = useIndicatorChoices();
  const [indicator, setIndicator] = useState('');
  const [group, setGroup] = useState(groups[0] ?? '');
  const [unit, setUnit] = useState(plan.unitCode ?? '');
  const chosen = indicators.data?.items.find((i) => i.code === indicator);
  return (
    <details className="admin-plans__add">
      <summary>{t('adminPlans.editor.addTitle')}</summary>
      <div className="admin-plans__add-fields">
        <SelectField
          label={t('adminPlans.editor.addIndicator')}
          value={indicator}
          onChange={setIndicator}
          options={[
            { value: '', label: t('adminPlans.editor.choose') },
            ...(indicators.data?.items ?? []).map((i) => ({ value: i.code, label: language === 'vi' ? i.name : i.nameEn })),
          ]}
        />
        <TextField label={t('adminPlans.editor.addGroup')} value={group} onChange={(e) => setGroup(e.target.value)} />
        <TextField label={t('adminPlans.editor.addUnit')} value={unit} onChange={(e) => setUnit(e.target.value)} />
        <Button
          disabled={!chosen || unit.trim() === ''}
          onClick={() => {
            if (!chosen) return;
            const g = group.trim() || null;
            onAdd({
              key: JSON.stringify([g, chosen.code, unit.trim(), '>=']),
              group: g,
              indicator: chosen.code,
              indicatorName: language === 'vi' ? chosen.name : chosen.nameEn,
              unitOfMeasure: chosen.unitOfMeasure,
              unit: unit.trim(),
              comparison: chosen.direction === 'lower_is_better' ? '<=' : '>=',
              cells: {},
              labels: {},
            });
            setIndicator('');
          }}
        >
          {t('adminPlans.editor.addRow')}
        </Button>
      </div>
    </details>
  );
}
