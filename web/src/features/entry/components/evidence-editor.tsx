/**
 * Adding evidence to an element or to the whole form: a document reference (số/ký hiệu, ngày ban hành, cơ quan
 * ban hành, trích yếu), a link, or a file uploaded with a progress bar. Creates the record (POST /evidence) and
 * hands it back; the caller attaches an element's to its value at the next save.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { DateField } from '@/components/ui/date-field';
import { TextField } from '@/components/ui/field';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { csrfTokenFrom } from '@/lib/auth';
import { formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { uploadEvidenceFile, useCreateEvidence, type EvidenceTarget } from '../api/forms';
import type { FormEvidence } from '../api/types';

type Kind = 'document' | 'link' | 'file';

export function EvidenceEditor({ target, onCreated, onCancel }: { target: EvidenceTarget; onCreated: (e: FormEvidence) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  const create = useCreateEvidence();
  const [kind, setKind] = useState<Kind>('document');
  const [fields, setFields] = useState({ number: '', date: '', issuer: '', summary: '', url: '' });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFailure(null);
    try {
      if (kind === 'document') {
        if (!fields.number.trim()) return setProblem(t('entry.evidenceForm.numberRequired'));
        const evidence = {
          kind: 'document' as const,
          number: fields.number.trim(),
          ...(fields.date ? { date: fields.date } : {}),
          ...(fields.issuer.trim() ? { issuer: fields.issuer.trim() } : {}),
          ...(fields.summary.trim() ? { summary: fields.summary.trim() } : {}),
        };
        onCreated(await create.mutateAsync({ target, evidence }));
      } else if (kind === 'link') {
        if (!/^https?:\/\/\S+$/i.test(fields.url.trim())) return setProblem(t('entry.evidenceForm.urlRequired'));
        onCreated(await create.mutateAsync({ target, evidence: { kind: 'link', url: fields.url.trim() } }));
      } else {
        if (!file) return setProblem(t('entry.evidenceForm.fileRequired'));
        setProgress(0);
        onCreated(await uploadEvidenceFile(target, file, csrfTokenFrom(queryClient), setProgress));
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setProgress(null);
    }
  };

  const busy = create.isPending || progress !== null;
  return (
    <form className="entry-evidence-editor" onSubmit={(event) => void submit(event)}>
      <ChoiceGroup<Kind>
        legend={t('entry.evidenceForm.kind')}
        value={kind}
        onChange={setKind}
        choices={[
          { value: 'document', label: t('entry.evidenceForm.document') },
          { value: 'link', label: t('entry.evidenceForm.link') },
          { value: 'file', label: t('entry.evidenceForm.file') },
        ]}
      />
      {kind === 'document' ? (
        <>
          <TextField label={t('entry.evidenceForm.number')} value={fields.number} onChange={set('number')} maxLength={200} required />
          <DateField label={t('entry.evidenceForm.date')} value={fields.date} onChange={(date) => setFields((f) => ({ ...f, date }))} />
          <TextField label={t('entry.evidenceForm.issuer')} value={fields.issuer} onChange={set('issuer')} maxLength={500} />
          <TextField label={t('entry.evidenceForm.summary')} value={fields.summary} onChange={set('summary')} maxLength={2000} />
        </>
      ) : null}
      {kind === 'link' ? <TextField label={t('entry.evidenceForm.url')} type="url" inputMode="url" value={fields.url} onChange={set('url')} /> : null}
      {kind === 'file' ? (
        <div className="ui-field">
          <label className="ui-field__label">
            {t('entry.evidenceForm.chooseFile')}
            <input
              className="entry-file"
              type="file"
              accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </label>
        </div>
      ) : null}
      {progress !== null ? (
        <div className="entry-progress">
          <progress max={1} value={progress} aria-label={t('entry.evidenceForm.uploading', { percent: formatPercent(progress * 100, language, 0) })} />
          <span>{t('entry.evidenceForm.uploading', { percent: formatPercent(progress * 100, language, 0) })}</span>
        </div>
      ) : null}
      {problem ? <p className="ui-field__error">{problem}</p> : null}
      {failure ? <ApiErrorNotice error={failure} /> : null}
      <div className="entry-actions-inline">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('entry.evidenceForm.add')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('entry.evidenceForm.cancel')}
        </Button>
      </div>
    </form>
  );
}
