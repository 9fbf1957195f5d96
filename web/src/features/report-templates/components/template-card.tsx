/**
 * One sentence kind of the report: what it is for, its allowed placeholders, the default and the wording in use;
 * "Sửa" opens the text for editing (saved with PUT; the API's 422 for an unknown placeholder is shown at the
 * field, naming it), "Đặt lại mặc định" asks for a confirmation before the DELETE.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useResetReportTemplate, useSaveReportTemplate, type ReportTemplate } from '../api/report-templates-api';

/** The message the API gave for the text field (a 422 names the unknown placeholder), in the reader's language. */
function fieldError(error: unknown, language: 'vi' | 'en'): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const detail = error.details.find((d) => d.field === 'text')?.message;
  return localMessage(typeof detail === 'string' ? detail : error.message, language);
}

export function TemplateCard({ template }: { template: ReportTemplate }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [draft, setDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = useSaveReportTemplate();
  const reset = useResetReportTemplate();
  const error = fieldError(save.error, language);
  const headingId = `template-${template.key.replace(/\W/g, '-')}`;

  const startEdit = () => {
    save.reset();
    setDraft(template.text);
  };
  const submit = () => {
    if (draft === null) return;
    save.mutate({ key: template.key, text: draft }, { onSuccess: () => setDraft(null) });
  };

  return (
    <li className="report-templates__item" aria-labelledby={headingId} data-testid={`template-${template.key}`}>
      <div className="report-templates__head">
        <h3 id={headingId}>
          {localMessage(template.description, language)} <code className="report-templates__key">{template.key}</code>
        </h3>
        {template.overridden ? <Badge tone="info">{t('reportTemplates.edited')}</Badge> : <Badge>{t('reportTemplates.default')}</Badge>}
      </div>
      <p className="report-templates__placeholders">
        <span>{t('reportTemplates.placeholders')}</span>{' '}
        {template.placeholders.length === 0
          ? t('reportTemplates.noPlaceholders')
          : template.placeholders.map((p) => <code key={p} className="report-templates__placeholder">{`{${p}}`}</code>)}
      </p>
      {draft === null ? (
        <>
          <p className="report-templates__text" data-testid="template-text">
            {template.text}
          </p>
          {template.overridden ? (
            <p className="report-templates__default">
              <span>{t('reportTemplates.defaultText')}</span> {template.defaultText}
            </p>
          ) : null}
          {template.overridden && template.updatedAt ? (
            <p className="report-templates__meta">
              {t('reportTemplates.updated', { by: template.updatedBy ?? '—', at: formatDateTime(template.updatedAt, language) })}
            </p>
          ) : null}
          <div className="report-templates__actions">
            <Button size="small" onClick={startEdit}>
              {t('reportTemplates.edit')}
            </Button>
            {template.overridden ? (
              <Button size="small" variant="quiet" onClick={() => setConfirming(true)}>
                {t('reportTemplates.reset')}
              </Button>
            ) : null}
          </div>
        </>
      ) : (
        <form
          className="report-templates__form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TextAreaField
            label={t('reportTemplates.textLabel')}
            hint={t('reportTemplates.textHint', { default: template.defaultText })}
            error={error}
            value={draft}
            rows={3}
            maxLength={1000}
            onChange={(event) => setDraft(event.target.value)}
          />
          {save.isError && !error ? <ApiErrorNotice error={save.error} /> : null}
          <div className="report-templates__actions">
            <Button type="submit" variant="primary" size="small" disabled={save.isPending}>
              {save.isPending ? t('reportTemplates.saving') : t('reportTemplates.save')}
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              {t('reportTemplates.cancel')}
            </Button>
          </div>
        </form>
      )}
      <Dialog open={confirming} title={t('reportTemplates.confirmTitle')} closeLabel={t('reportTemplates.cancel')} onClose={() => setConfirming(false)}>
        <p>{t('reportTemplates.confirmBody')}</p>
        <p className="report-templates__default">{template.defaultText}</p>
        {reset.isError ? <ApiErrorNotice error={reset.error} /> : null}
        <div className="report-templates__actions">
          <Button onClick={() => setConfirming(false)}>{t('reportTemplates.cancel')}</Button>
          <Button
            variant="primary"
            data-autofocus
            disabled={reset.isPending}
            onClick={() => reset.mutate(template.key, { onSuccess: () => setConfirming(false) })}
          >
            {t('reportTemplates.confirmReset')}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
