/**
 * The facts of a form under review: its state, deadline, who submitted it and when, the last decision and its
 * reason, how many values changed since the last approval, and the validation warnings and errors of its values.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime, todayInVietnam } from '@/lib/format';
import type { FormDetail } from '../api/types';
import { changedSinceApproval } from './form-values';
import { StateBadge } from './state-badge';

export function FormSummary({ form }: { form: FormDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const elements = form.elements ?? [];
  const changed = elements.filter((e) => changedSinceApproval(form, e)).length;
  const warnings = form.validation?.warnings ?? [];
  const errors = form.validation?.errors ?? [];
  const nameOf = (code: string | null | undefined) => {
    const e = elements.find((x) => x.code === code);
    return e ? (language === 'en' ? (e.nameEn ?? e.name) : e.name) : null;
  };
  const late = form.submittedAt && form.deadline ? todayInVietnam(new Date(form.submittedAt)) > form.deadline : false;
  const approvedWhen = form.approvedAt ? formatDateTime(form.approvedAt, language) : '';

  return (
    <Card title={t('approvals.form.checksTitle')} className="approvals-summary" actions={<StateBadge state={form.state ?? 'draft'} />}>
      <ul className="approvals-summary__facts">
        {form.deadline ? (
          <li>
            {t('approvals.form.deadline', { date: formatDate(form.deadline, language) })}
            {late ? (
              <>
                {' '}
                <Badge tone="warning">{t('approvals.late')}</Badge>
              </>
            ) : null}
          </li>
        ) : null}
        {form.submittedAt ? (
          <li>{t('approvals.form.submittedBy', { when: formatDateTime(form.submittedAt, language), name: form.submittedBy ?? '—' })}</li>
        ) : null}
        {form.decidedAt && form.state !== 'submitted' ? (
          <li>{t('approvals.form.decidedBy', { when: formatDateTime(form.decidedAt, language), name: form.decidedBy ?? '—' })}</li>
        ) : null}
        {form.reason ? (
          <li className="approvals-summary__reason" data-testid="form-reason">
            {form.state === 'returned' &&
            form.approvedAt &&
            form.decidedAt &&
            form.decidedAt > form.approvedAt &&
            form.submittedAt &&
            form.submittedAt < form.approvedAt
              ? t('approvals.form.reopenedReason', { reason: form.reason })
              : t('approvals.form.returnedReason', { reason: form.reason })}
          </li>
        ) : null}
      </ul>
      <p className="approvals-summary__compare" data-testid="compare-summary">
        {!form.approvedAt
          ? t('approvals.form.neverApproved')
          : changed > 0
            ? t('approvals.form.changedCount', { count: changed, when: approvedWhen })
            : t('approvals.form.noChange', { when: approvedWhen })}
      </p>
      {errors.length > 0 ? (
        <Notice tone="danger" title={t('approvals.form.errorsTitle', { count: errors.length })}>
          <ul>
            {errors.map((p, i) => (
              <li key={i}>
                {nameOf(p.element) ? <strong>{nameOf(p.element)}: </strong> : null}
                {localMessage(p.message ?? '', language)}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {warnings.length > 0 ? (
        <Notice tone="warning" title={t('approvals.form.warningsTitle', { count: warnings.length })}>
          <ul data-testid="form-warnings">
            {warnings.map((p, i) => (
              <li key={i}>
                {nameOf(p.element) ? <strong>{nameOf(p.element)}: </strong> : null}
                {localMessage(p.message ?? '', language)}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {errors.length === 0 && warnings.length === 0 ? <p className="approvals-summary__clean">{t('approvals.form.noProblems')}</p> : null}
    </Card>
  );
}
