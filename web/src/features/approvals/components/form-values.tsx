/**
 * A form's values, read-only, by section: each element's submitted value beside the value it held at the last
 * approval (a changed one highlighted and labelled "Đã thay đổi", so colour is never the only signal) and last
 * period's; the reporter's comment and the evidence (an evidence record opens through onEvidence, a free-text
 * source is shown as written). Elements without a value are folded away unless asked for.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useLanguage } from '@/lib/i18n';
import { localMessage } from '@/lib/api/errors';
import { formatDateTime, formatMeasure } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { FormDetail, FormElement } from '../api/types';

type Value = FormElement['value'];

/** Whether the element's value differs from the one it held at the form's last approval. */
export function changedSinceApproval(form: FormDetail, element: FormElement): boolean {
  if (!form.approvedAt) return false;
  return (element.approvedValue?.value ?? null) !== (element.value ?? null);
}

function useShowValue() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (value: Value | undefined, element: FormElement): string => {
    if (value === null || value === undefined) return t('approvals.form.empty');
    if (typeof value === 'boolean') return value ? t('approvals.form.yes') : t('approvals.form.no');
    if (typeof value === 'number') return formatMeasure(value, element.unitOfMeasure, language);
    return value;
  };
}

export interface FormValuesProps {
  form: FormDetail;
  /** Whether a value's `evidence` names an evidence record (else it is a free-text source). */
  isEvidenceRecord: (evidence: string) => boolean;
  /** Opens an evidence record (the screen shows it in its evidence dialog). */
  onEvidence: (id: string) => void;
}

export function FormValues({ form, isEvidenceRecord, onEvidence }: FormValuesProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const show = useShowValue();
  const [showEmpty, setShowEmpty] = useState(false);
  const elements = form.elements ?? [];
  const relevant = (e: FormElement) =>
    (e.value !== null && e.value !== undefined) || changedSinceApproval(form, e) || (e.warnings?.length ?? 0) > 0 || (e.errors?.length ?? 0) > 0;
  const emptyCount = elements.filter((e) => !relevant(e)).length;
  const shown = showEmpty ? elements : elements.filter(relevant);
  const sections = [...new Set(shown.map((e) => e.section ?? ''))];
  const previous = form.previousPeriod ? periodLabel(form.previousPeriod, t, language) : '';

  return (
    <div className="approvals-values">
      {shown.length === 0 ? <p>{t('approvals.form.noValues')}</p> : null}
      {sections.map((section) => (
        <section key={section} className="approvals-values__section">
          <h3 className="approvals-values__heading">{section || t('approvals.form.noSection')}</h3>
          <table className="approvals-values__table ui-stack-table">
            <thead>
              <tr>
                <th scope="col">{t('approvals.form.element')}</th>
                <th scope="col" className="is-number">
                  {t('approvals.form.value')}
                </th>
                <th scope="col" className="is-number">
                  {t('approvals.form.approvedValue')}
                </th>
                <th scope="col" className="is-number">
                  {t('approvals.form.previousValue', { period: previous })}
                </th>
                <th scope="col">{t('approvals.form.note')}</th>
              </tr>
            </thead>
            <tbody>
              {shown
                .filter((e) => (e.section ?? '') === section)
                .map((e) => {
                  const changed = changedSinceApproval(form, e);
                  const problems = [...(e.errors ?? []), ...(e.warnings ?? [])];
                  const hasNote = Boolean(e.comment || e.evidence || problems.length > 0);
                  return (
                    <tr
                      key={e.code}
                      className={changed ? 'is-changed' : undefined}
                      data-testid="form-value"
                      data-element={e.code}
                      data-changed={changed ? 'true' : undefined}
                    >
                      <th scope="row" className="approvals-values__name">
                        {language === 'en' ? (e.nameEn ?? e.name) : e.name}
                        <span className="approvals-table__code">{e.code}</span>
                      </th>
                      <td className="is-number approvals-values__value" data-label={t('approvals.form.value')}>
                        <span data-testid="submitted-value">{show(e.value, e)}</span>
                        {changed ? (
                          <span className="approvals-values__changed">
                            <Badge tone="warning">{t('approvals.form.changed')}</Badge>
                          </span>
                        ) : null}
                      </td>
                      <td className={['is-number', form.approvedAt ? '' : 'is-empty'].join(' ')} data-label={t('approvals.form.approvedValue')}>
                        {form.approvedAt ? show(e.approvedValue?.value ?? null, e) : null}
                      </td>
                      <td
                        className={['is-number', e.previousValue ? '' : 'is-empty'].join(' ')}
                        data-label={t('approvals.form.previousValue', { period: previous })}
                      >
                        {e.previousValue ? show(e.previousValue.value, e) : '—'}
                      </td>
                      <td className={hasNote ? undefined : 'is-empty'} data-label={t('approvals.form.note')}>
                        {problems.map((p) => (
                          <p key={p} className={(e.errors ?? []).includes(p) ? 'approvals-values__error' : 'approvals-values__warning'}>
                            {localMessage(p, language)}
                          </p>
                        ))}
                        {e.comment ? <p className="approvals-values__comment">{t('approvals.form.comment', { comment: e.comment })}</p> : null}
                        {e.evidence && isEvidenceRecord(e.evidence) ? (
                          <Button size="small" onClick={() => onEvidence(e.evidence ?? '')} data-testid="evidence-open">
                            {t('approvals.form.evidenceOpen')}
                          </Button>
                        ) : e.evidence ? (
                          <p className="approvals-values__source">{t('approvals.form.evidenceNote', { note: e.evidence })}</p>
                        ) : null}
                        {e.updatedAt && e.author ? (
                          <p className="approvals-values__meta">
                            {e.author} · {formatDateTime(e.updatedAt, language)}
                          </p>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      ))}
      {emptyCount > 0 ? (
        <Button size="small" variant="quiet" onClick={() => setShowEmpty(!showEmpty)} aria-expanded={showEmpty}>
          {showEmpty ? t('approvals.form.hideEmpty') : t('approvals.form.showEmpty', { count: emptyCount })}
        </Button>
      ) : null}
    </div>
  );
}
