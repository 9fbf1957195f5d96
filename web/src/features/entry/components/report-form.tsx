/**
 * One form (/entry/:dataset/:unit/:period): its elements by section with last period's value, the errors and
 * warnings the API gives (a warning is accepted only with a comment: the next save sends it in acceptWarnings),
 * evidence per element or for the whole form, save draft and submit. What is typed lives in `edits`, mirrored in
 * localStorage (draft-storage.ts) until a save succeeds, so a reload restores it with a notice. A returned form
 * shows its reason at the top.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useForm, useSaveForm, useSubmitForm } from '../api/forms';
import type { FormElement, FormEvidence, FormRef, FormView } from '../api/types';
import { clearDraft, draftKey, readDraft, writeDraft, type Draft, type DraftEntry } from './draft-storage';
import { ElementField, type ElementProblems } from './element-field';
import { EvidenceEditor } from './evidence-editor';
import { EvidenceLine } from './evidence-line';
import { FormStateBadge } from './form-state-badge';
import { textToValue, valueToText } from './value-text';
import './entry.css';

type Problems = Record<string, { errors: string[]; warnings: string[]; rules: string[]; needsComment: boolean }>;

const baselineOf = (e: FormElement, language: 'vi' | 'en'): DraftEntry => ({
  value: valueToText(e.value ?? null, language),
  comment: e.comment ?? '',
  evidence: e.evidence ?? '',
});

function sameEntry(a: DraftEntry, b: DraftEntry, valueType: string): boolean {
  return textToValue(a.value, valueType) === textToValue(b.value, valueType) && a.comment.trim() === b.comment.trim() && a.evidence === b.evidence;
}

/** The save's refusal details ({index, field, message, rule?, severity?}) → problems by element code. */
function problemsOf(error: ApiError, codes: readonly string[]): Problems {
  const out: Problems = {};
  for (const d of error.details) {
    const code = typeof d.index === 'number' ? codes[d.index] : typeof d.field === 'string' ? d.field : undefined;
    if (!code) continue;
    const p = (out[code] ??= { errors: [], warnings: [], rules: [], needsComment: false });
    const message = String(d.message ?? '');
    if (d.severity === 'warning') {
      p.warnings.push(message);
      if (typeof d.rule === 'string') p.rules.push(d.rule);
      p.needsComment = true;
    } else p.errors.push(message);
  }
  return out;
}

export function ReportForm({ formRef, user }: { formRef: FormRef; user: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const form = useForm(formRef);
  const save = useSaveForm(formRef);
  const submit = useSubmitForm(formRef);
  const key = draftKey(formRef, user);
  const [edits, setEdits] = useState<Draft>(() => readDraft(key) ?? {});
  const [restored, setRestored] = useState(() => Object.keys(readDraft(key) ?? {}).length > 0);
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'danger' | 'warning'; text: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<FormEvidence[]>([]);
  const [addingFormEvidence, setAddingFormEvidence] = useState(false);
  const view = form.data;
  useDocumentTitle(view?.dataset?.name ?? t('entry.title'));

  useEffect(() => writeDraft(key, edits), [key, edits]);

  const elements = useMemo(() => view?.elements ?? [], [view]);
  const entryOf = (e: FormElement): DraftEntry => edits[e.code ?? ''] ?? baselineOf(e, language);
  const dirtyCodes = elements
    .filter((e) => edits[e.code ?? ''] && !sameEntry(entryOf(e), baselineOf(e, language), e.valueType ?? 'number'))
    .map((e) => e.code ?? '');
  const evidence = [...(view?.evidence ?? []), ...created.filter((c) => !(view?.evidence ?? []).some((e) => e.id === c.id))];

  if (form.isPending) return <Skeleton lines={8} label={t('entry.title')} />;
  if (form.isError || !view) return <ApiErrorNotice error={form.error} title={t('entry.form.notFound')} onRetry={() => void form.refetch()} />;

  const readOnly = !view.abilities?.write_values;
  const unitName = `${view.unit?.name ?? formRef.unit} (${formRef.unit})`;
  const period = periodLabel(formRef.period, t, language);
  const change = (code: string, base: DraftEntry) => (patch: Partial<DraftEntry>) => {
    setEdits((previous) => ({ ...previous, [code]: { ...(previous[code] ?? base), ...patch } }));
    setMessage(null);
  };

  /** Saves the changed elements; true when saved (or nothing to save). */
  const saveDraft = async (): Promise<boolean> => {
    setFailure(null);
    setMessage(null);
    const codes = elements.filter((e) => dirtyCodes.includes(e.code ?? '')).map((e) => e.code ?? '');
    if (codes.length === 0) return true;
    const local: Problems = {};
    const values = codes.map((code) => {
      const element = elements.find((e) => e.code === code) as FormElement;
      const entry = entryOf(element);
      const value = textToValue(entry.value, element.valueType ?? 'number');
      if (value === undefined) local[code] = { errors: [t('entry.form.notNumber')], warnings: [], rules: [], needsComment: false };
      return { dataElement: code, value: value ?? null, comment: entry.comment.trim() || null, evidence: entry.evidence || null };
    });
    if (Object.keys(local).length > 0) {
      setProblems(local);
      setMessage({ tone: 'danger', text: t('entry.form.saveFailed') });
      return false;
    }
    // Every warning rule known for this form (the last save's, the stored form's), accepted on each item that carries a comment.
    const rules = new Set([...Object.values(problems).flatMap((p) => p.rules), ...(view.validation?.warnings ?? []).map((w) => w.rule ?? '').filter(Boolean)]);
    const acceptWarnings = values.flatMap((v, index) => (v.comment ? [...rules].map((rule) => ({ index, rule })) : []));
    try {
      await save.mutateAsync({ values, ...(acceptWarnings.length > 0 ? { acceptWarnings } : {}) });
      clearDraft(key);
      await form.refetch();
      setEdits({});
      setProblems({});
      setRestored(false);
      setMessage({ tone: 'success', text: t('entry.form.saved') });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
        setProblems(problemsOf(error, codes));
        setMessage({ tone: 'danger', text: t('entry.form.saveFailed') });
      } else setFailure(error);
      return false;
    }
  };

  const submitForm = async () => {
    if (!(await saveDraft())) return;
    const fresh: FormView | undefined = (await form.refetch()).data;
    const uncommented = (fresh?.elements ?? []).filter((e) => (e.warnings?.length ?? 0) > 0 && !(e.comment ?? '').trim());
    if (uncommented.length > 0) {
      setProblems(Object.fromEntries(uncommented.map((e) => [e.code ?? '', { errors: [], warnings: e.warnings ?? [], rules: [], needsComment: true }])));
      setMessage({ tone: 'danger', text: t('entry.form.commentNeeded') });
      return;
    }
    try {
      await submit.mutateAsync();
      setMessage({ tone: 'success', text: t('entry.form.submitted') });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.details.length > 0) {
        const codes = elements.map((e) => e.code ?? '');
        setProblems(problemsOf(error, codes));
        const general = error.details.filter((d) => !codes.includes(String(d.field)));
        setMessage({ tone: 'danger', text: [t('entry.form.submitFailed'), ...general.map((d) => localMessage(String(d.message ?? ''), language))].join(': ') });
      } else setFailure(error);
    }
  };

  const problemsFor = (e: FormElement): ElementProblems => {
    const p = problems[e.code ?? ''];
    const entry = entryOf(e);
    if (p)
      return {
        errors: p.errors.map((m) => localMessage(m, language)),
        warnings: p.warnings.map((m) => localMessage(m, language)),
        needsComment: p.needsComment && !entry.comment.trim(),
      };
    return {
      errors: (e.errors ?? []).map((m) => localMessage(m, language)),
      warnings: (e.warnings ?? []).map((m) => localMessage(m, language)),
      needsComment: (e.warnings?.length ?? 0) > 0 && !entry.comment.trim(),
    };
  };

  const sections: Array<{ name: string; elements: FormElement[] }> = [];
  for (const e of elements) {
    const name = e.section ?? t('entry.form.section');
    const last = sections[sections.length - 1];
    if (last?.name === name) last.elements.push(e);
    else sections.push({ name, elements: [e] });
  }
  const formProblems = (view.validation?.errors ?? []).filter((p) => p.element === null);
  const busy = save.isPending || submit.isPending;

  return (
    <div className="entry-form">
      <p className="entry-back">
        <Link to="/entry">{t('entry.form.back')}</Link>
      </p>
      <header className="page-header entry-form__header">
        <h1>{language === 'vi' ? view.dataset?.name : view.dataset?.nameEn}</h1>
        <p className="page-header__context">{t('entry.form.unitPeriod', { unit: unitName, period })}</p>
        <p className="entry-form__status">
          <FormStateBadge state={(view.state ?? 'draft') as 'draft'} />
          <span>{t('entry.deadline', { date: formatDate(view.deadline, language) })}</span>
        </p>
      </header>

      {view.state === 'returned' && view.reason ? (
        <Notice tone="danger" title={t('entry.form.returnedTitle')}>
          <p className="entry-reason">{view.reason}</p>
          {view.decidedBy ? <p>{t('entry.form.returnedBy', { who: view.decidedBy, at: formatDateTime(view.decidedAt ?? null, language) })}</p> : null}
        </Notice>
      ) : null}
      {view.state === 'submitted' ? (
        <Notice tone="info">{t('entry.form.submittedNotice', { at: formatDateTime(view.submittedAt ?? null, language) })}</Notice>
      ) : null}
      {view.state === 'approved' ? <Notice tone="success">{t('entry.form.approvedNotice')}</Notice> : null}
      {readOnly && view.state !== 'submitted' && view.state !== 'approved' ? <Notice>{t('entry.form.readOnly')}</Notice> : null}
      {restored && dirtyCodes.length > 0 ? (
        <Notice
          tone="warning"
          title={t('entry.form.restored')}
          actions={
            <Button
              onClick={() => {
                setEdits({});
                clearDraft(key);
                setRestored(false);
              }}
            >
              {t('entry.form.discard')}
            </Button>
          }
        >
          <p>{t('entry.form.restoredBody')}</p>
        </Notice>
      ) : null}
      {formProblems.map((p) => (
        <Notice key={p.message} tone="danger">
          {t('entry.form.formProblem', { message: localMessage(p.message ?? '', language) })}
        </Notice>
      ))}

      {sections.map((section) => (
        <Card key={section.name} title={section.name} className="entry-section">
          {section.elements.map((e) => {
            const code = e.code ?? '';
            const base = baselineOf(e, language);
            return (
              <ElementField
                key={code}
                element={e}
                entry={entryOf(e)}
                problems={problemsFor(e)}
                evidence={evidence}
                readOnly={readOnly}
                target={{ unit: formRef.unit, period: formRef.period, element: code }}
                onChange={change(code, base)}
                onEvidenceCreated={(record) => {
                  setCreated((list) => [...list, record]);
                  change(code, base)({ evidence: record.id ?? '' });
                }}
              />
            );
          })}
        </Card>
      ))}

      <Card title={t('entry.form.formEvidence')} className="entry-section">
        {evidence.filter((e) => e.dataset).length === 0 ? <p className="entry-muted">{t('entry.form.formEvidenceNone')}</p> : null}
        <ul className="entry-evidence-list">
          {evidence
            .filter((e) => e.dataset)
            .map((e) => (
              <li key={e.id}>
                <EvidenceLine evidence={e} />
              </li>
            ))}
        </ul>
        {!readOnly && !addingFormEvidence ? <Button onClick={() => setAddingFormEvidence(true)}>{t('entry.form.addEvidence')}</Button> : null}
        {addingFormEvidence ? (
          <EvidenceEditor
            target={{ unit: formRef.unit, period: formRef.period, dataset: formRef.dataset }}
            onCancel={() => setAddingFormEvidence(false)}
            onCreated={(record) => {
              setCreated((list) => [...list, record]);
              setAddingFormEvidence(false);
              void form.refetch();
            }}
          />
        ) : null}
      </Card>

      {failure ? <ApiErrorNotice error={failure} /> : null}
      {readOnly && !view.abilities?.submit && message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {!readOnly || view.abilities?.submit ? (
        <div className="entry-bar" role="region" aria-label={t('entry.form.saveDraft')}>
          {message ? (
            <p className={`entry-bar__message entry-bar__message--${message.tone}`} role={message.tone === 'danger' ? 'alert' : 'status'}>
              {message.text}
            </p>
          ) : dirtyCodes.length > 0 ? (
            <p className="entry-bar__message entry-bar__message--warning">{t('entry.form.unsaved')}</p>
          ) : null}
          <div className="entry-bar__buttons">
            {!readOnly ? (
              <Button onClick={() => void saveDraft()} disabled={busy || dirtyCodes.length === 0}>
                {save.isPending ? t('entry.form.saving') : t('entry.form.saveDraft')}
              </Button>
            ) : null}
            {view.abilities?.submit ? (
              <Button variant="primary" onClick={() => void submitForm()} disabled={busy}>
                {submit.isPending ? t('entry.form.submitting') : t('entry.form.submit')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
