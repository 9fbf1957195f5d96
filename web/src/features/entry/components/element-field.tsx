/**
 * One element of the form: its name, unit of measure and code, an input sized for a thumb, last period's value,
 * the errors and warnings (the saved form's and the last save's), the comment a warning needs, and its evidence.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import type { FormElement, FormEvidence } from '../api/types';
import type { EvidenceTarget } from '../api/forms';
import type { DraftEntry } from './draft-storage';
import { EvidenceEditor } from './evidence-editor';
import { EvidenceLine } from './evidence-line';

export interface ElementProblems {
  errors: string[];
  warnings: string[];
  /** A warning of the last save that needs a comment before the value can be saved. */
  needsComment: boolean;
}

interface Props {
  element: FormElement;
  entry: DraftEntry;
  problems: ElementProblems;
  evidence: readonly FormEvidence[];
  readOnly: boolean;
  target: EvidenceTarget;
  onChange: (patch: Partial<DraftEntry>) => void;
  onEvidenceCreated: (evidence: FormEvidence) => void;
}

function shown(value: FormElement['value'], unit: string | null | undefined, language: 'vi' | 'en', yes: string, no: string): string {
  if (typeof value === 'number') return `${formatNumber(value, language, 6)}${unit ? ` ${unit}` : ''}`;
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value ?? '');
}

export function ElementField({ element, entry, problems, evidence, readOnly, target, onChange, onEvidenceCreated }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const [commentOpen, setCommentOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const name = (language === 'vi' ? element.name : element.nameEn) ?? element.code ?? '';
  const unit = element.unitOfMeasure ?? null;
  const numeric = element.valueType !== 'text' && element.valueType !== 'boolean';
  const attached = evidence.find((e) => e.id === entry.evidence);
  const hasWarnings = problems.warnings.length > 0;
  const showComment = commentOpen || hasWarnings || entry.comment !== '';
  const invalid = problems.errors.length > 0 || problems.needsComment;
  const yes = t('entry.form.yes');
  const no = t('entry.form.no');

  return (
    <div
      data-testid={`element-${element.code ?? ''}`}
      className={['entry-element', invalid ? 'entry-element--error' : hasWarnings ? 'entry-element--warning' : ''].filter(Boolean).join(' ')}
    >
      <label className="entry-element__label" htmlFor={`${id}-value`}>
        <span className="entry-element__name">{name}</span>
        <span className="entry-element__code">
          {unit ? `${unit} · ` : ''}
          {element.code}
        </span>
      </label>
      <div className="entry-element__input">
        {element.valueType === 'boolean' ? (
          <select
            id={`${id}-value`}
            className="ui-select"
            value={entry.value}
            disabled={readOnly}
            onChange={(event) => onChange({ value: event.target.value })}
          >
            <option value="">{t('entry.form.none')}</option>
            <option value="true">{yes}</option>
            <option value="false">{no}</option>
          </select>
        ) : (
          <input
            id={`${id}-value`}
            className="ui-input"
            inputMode={numeric ? 'decimal' : 'text'}
            autoComplete="off"
            value={entry.value}
            readOnly={readOnly}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={`${id}-previous ${id}-problems`}
            onChange={(event) => onChange({ value: event.target.value })}
          />
        )}
        {unit ? <span className="entry-element__unit">{unit}</span> : null}
      </div>
      <p className="entry-element__previous" id={`${id}-previous`}>
        {element.previousValue
          ? t('entry.form.previous', {
              period: periodLabel(element.previousValue.period, t, language),
              value: shown(element.previousValue.value, unit, language, yes, no),
            })
          : t('entry.form.previousNone')}
      </p>
      <div id={`${id}-problems`} aria-live="polite">
        {problems.errors.map((message) => (
          <p key={message} className="entry-problem entry-problem--error">
            {message}
          </p>
        ))}
        {problems.warnings.map((message) => (
          <p key={message} className="entry-problem entry-problem--warning">
            {message}
          </p>
        ))}
        {hasWarnings && !problems.needsComment && entry.comment.trim() ? (
          <p className="entry-problem entry-problem--ok">{t('entry.form.warningAccepted')}</p>
        ) : null}
      </div>
      {showComment ? (
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-comment`}>
            {hasWarnings ? t('entry.form.commentRequired') : t('entry.form.comment')}
          </label>
          {problems.needsComment ? <p className="ui-field__error">{t('entry.form.commentNeeded')}</p> : null}
          <textarea
            id={`${id}-comment`}
            className="ui-input entry-textarea"
            rows={2}
            maxLength={5000}
            value={entry.comment}
            readOnly={readOnly}
            aria-invalid={problems.needsComment ? true : undefined}
            onChange={(event) => onChange({ comment: event.target.value })}
          />
        </div>
      ) : null}
      <div className="entry-element__evidence">
        {element.evidenceRequired ? <span className="entry-element__required">{t('entry.form.evidenceRequired')}</span> : null}
        {attached ? (
          <p className="entry-evidence">
            <span className="entry-evidence__label">{t('entry.form.evidence')}:</span> <EvidenceLine evidence={attached} />
            {entry.evidence !== (element.evidence ?? '') ? <span className="entry-evidence__pending"> ({t('entry.form.evidencePending')})</span> : null}
          </p>
        ) : null}
        {!readOnly && !adding ? (
          <div className="entry-actions-inline">
            {!showComment ? (
              <Button variant="quiet" size="small" onClick={() => setCommentOpen(true)}>
                {t('entry.form.addComment')}
              </Button>
            ) : null}
            <Button variant="quiet" size="small" onClick={() => setAdding(true)}>
              {t('entry.form.addEvidence')}
            </Button>
          </div>
        ) : null}
        {adding ? (
          <EvidenceEditor
            target={target}
            onCancel={() => setAdding(false)}
            onCreated={(created) => {
              setAdding(false);
              onEvidenceCreated(created);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
