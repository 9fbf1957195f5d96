/**
 * The forms of a follow-up's page, each shown only when the follow-up's abilities allow it (the server decides):
 * the unit's explanation with a document as evidence, a leader's directive (content, assignee unit, deadline), the
 * assignee's progress on one of its directives, and closing with a reason. A refusal is shown in its own words.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DateField } from '@/components/ui/date-field';
import { TextAreaField, TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import type { FollowUp } from '@/lib/api/types';
import { useFollowUpStep, type FollowUpStep } from '../api/follow-up-steps';

export function FollowUpForms({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const { abilities } = followUp;
  const reportable = followUp.directives.filter((d) => d.canReport);
  if (!abilities.explain && !abilities.direct && !abilities.close && reportable.length === 0)
    return <p className="follow-up__none">{t('followUps.noActions')}</p>;
  return (
    <div className="follow-up__forms">
      {abilities.explain ? <ExplainForm id={followUp.id} /> : null}
      {abilities.direct ? <DirectForm id={followUp.id} unit={followUp.unit.code} /> : null}
      {!abilities.direct && followUp.state === 'open' && abilities.close ? <p>{t('followUps.directNeedsExplanation')}</p> : null}
      {reportable.length > 0 ? <ProgressForm id={followUp.id} directives={reportable} /> : null}
      {abilities.close ? <CloseForm id={followUp.id} /> : null}
    </div>
  );
}

/** A form card that sends one step, keeps what was typed on a refusal and clears it once written. */
function StepForm({
  id,
  title,
  submit,
  build,
  onDone,
  children,
  testId,
}: {
  id: number;
  title: string;
  submit: string;
  build: () => FollowUpStep | null;
  onDone: () => void;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const step = useFollowUpStep(id);
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = build();
    setMissing(input === null);
    if (input) step.mutate(input, { onSuccess: onDone });
  };
  return (
    <Card title={title} level={3}>
      <form className="follow-up-form" onSubmit={onSubmit} data-testid={testId}>
        {children}
        {missing ? <p className="ui-field__error">{t('followUps.required')}</p> : null}
        {step.isError ? <ApiErrorNotice error={step.error} /> : null}
        {step.isSuccess ? <p role="status">{t('followUps.saved')}</p> : null}
        <div>
          <Button type="submit" variant="primary" disabled={step.isPending}>
            {submit}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ExplainForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [doc, setDoc] = useState({ number: '', date: '', issuer: '', summary: '' });
  const set = (key: keyof typeof doc) => (event: { target: { value: string } }) => setDoc({ ...doc, [key]: event.target.value });
  const build = (): FollowUpStep | null => {
    if (!content.trim()) return null;
    const fields = Object.fromEntries(Object.entries(doc).filter(([, v]) => v.trim() !== '')) as Partial<typeof doc>;
    const evidence = Object.keys(fields).length ? [{ kind: 'document' as const, ...fields }] : [];
    return { step: 'explain', content, evidence };
  };
  return (
    <StepForm
      id={id}
      title={t('followUps.explainTitle')}
      submit={t('followUps.explainSubmit')}
      build={build}
      onDone={() => (setContent(''), setDoc({ number: '', date: '', issuer: '', summary: '' }))}
      testId="explain-form"
    >
      <TextAreaField
        label={t('followUps.explainContent')}
        hint={t('followUps.explainHelp')}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        maxLength={5000}
      />
      <div className="follow-up-form__row">
        <TextField label={t('followUps.evidenceNumber')} value={doc.number} onChange={set('number')} maxLength={100} />
        <DateField label={t('followUps.evidenceDate')} value={doc.date} onChange={(date) => setDoc({ ...doc, date })} />
        <TextField label={t('followUps.evidenceIssuer')} value={doc.issuer} onChange={set('issuer')} maxLength={300} />
      </div>
      <TextField label={t('followUps.evidenceSummary')} value={doc.summary} onChange={set('summary')} maxLength={1000} />
    </StepForm>
  );
}

function DirectForm({ id, unit }: { id: number; unit: string }) {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [assignee, setAssignee] = useState(unit);
  const [deadline, setDeadline] = useState('');
  const build = (): FollowUpStep | null =>
    content.trim() && assignee.trim() && deadline ? { step: 'direct', content, assignee: assignee.trim(), deadline } : null;
  return (
    <StepForm
      id={id}
      title={t('followUps.directTitle')}
      submit={t('followUps.directSubmit')}
      build={build}
      onDone={() => (setContent(''), setDeadline(''))}
      testId="direct-form"
    >
      <TextAreaField
        label={t('followUps.directContent')}
        hint={t('followUps.directHelp')}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        maxLength={5000}
      />
      <div className="follow-up-form__row">
        <TextField
          label={t('followUps.directAssignee')}
          hint={t('followUps.directAssigneeHint')}
          value={assignee}
          onChange={(e) => setAssignee(e.target.value)}
          maxLength={64}
        />
        <DateField label={t('followUps.directDeadline')} value={deadline} onChange={setDeadline} required />
      </div>
    </StepForm>
  );
}

function ProgressForm({ id, directives }: { id: number; directives: FollowUp['directives'] }) {
  const { t } = useTranslation();
  const [directive, setDirective] = useState(String(directives[0]!.id));
  const [content, setContent] = useState('');
  const [done, setDone] = useState(false);
  const build = (): FollowUpStep | null => (content.trim() ? { step: 'progress', directive: Number(directive), content, done } : null);
  return (
    <StepForm
      id={id}
      title={t('followUps.progressTitle')}
      submit={t('followUps.progressSubmit')}
      build={build}
      onDone={() => (setContent(''), setDone(false))}
      testId="progress-form"
    >
      {directives.length > 1 ? (
        <SelectField
          label={t('followUps.progressDirective')}
          value={directive}
          onChange={setDirective}
          options={directives.map((d) => ({ value: String(d.id), label: d.content }))}
        />
      ) : null}
      <TextAreaField label={t('followUps.progressContent')} value={content} onChange={(e) => setContent(e.target.value)} maxLength={5000} />
      <label className="follow-ups__check">
        <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} />
        {t('followUps.progressMarkDone')}
      </label>
    </StepForm>
  );
}

function CloseForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <StepForm
      id={id}
      title={t('followUps.closeTitle')}
      submit={t('followUps.closeSubmit')}
      build={() => (reason.trim() ? { step: 'close', reason } : null)}
      onDone={() => setReason('')}
      testId="close-form"
    >
      <TextAreaField label={t('followUps.closeReason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
    </StepForm>
  );
}
