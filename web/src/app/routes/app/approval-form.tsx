/**
 * /approvals/:dataset/:unit/:period (one form under review): the form read-only — its state, submission and
 * deadline, the reason of its last return or reopen, the validation warnings and errors, its values with what
 * changed since the last approved version highlighted, the reporter's comments and evidence — and the decision
 * (approve, return with a reason, reopen an approved form with a reason). After a decision: back to the queue,
 * which confirms it.
 */
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useForm } from '@/features/approvals/api/get-forms';
import { EvidenceDialog } from '@/features/indicators/components/evidence-dialog';
import { EVIDENCE_ID } from '@/features/indicators/api/get-evidence';
import { DecisionPanel } from '@/features/approvals/components/decision-panel';
import { FormSummary } from '@/features/approvals/components/form-summary';
import { FormValues } from '@/features/approvals/components/form-values';
import type { FormRef } from '@/features/approvals/api/types';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';
import { useScreen } from './root';
import type { ApprovalDone } from './approvals';
import '@/features/approvals/components/approvals.css';
import '../routes.css';

export function ApprovalFormRoute() {
  return (
    <RequireAbility ability="approve">
      <ApprovalFormScreen />
    </RequireAbility>
  );
}

function ApprovalFormScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const path = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const ref: FormRef = { dataset: path.dataset ?? '', unit: path.unit ?? '', period: path.period ?? '' };
  const form = useForm(ref);
  const [evidence, setEvidence] = useState<string | null>(null);
  const period = periodLabel(ref.period, t, language);
  const name = form.data?.dataset ? ((language === 'en' ? form.data.dataset.nameEn : form.data.dataset.name) ?? ref.dataset) : ref.dataset;
  const unit = form.data?.unit ? `${form.data.unit.name} (${form.data.unit.code})` : ref.unit;
  useDocumentTitle(`${name} – ${unit} – ${period}`);
  // Back to the queue as it was left (its filters), else to the default queue with the screen's parameters.
  const queueSearch = (location.state as { queue?: string } | null)?.queue || screenSearch(params);
  const back = `/approvals${queueSearch}`;
  const onDone = (action: ApprovalDone['action']) => {
    const done: ApprovalDone = { action, form: `${name} – ${unit} – ${period}` };
    navigate(back, { state: { done } });
  };

  return (
    <div className="approvals approvals-review">
      <p className="page-header__back">
        <Link to={back}>{t('approvals.form.back')}</Link>
      </p>
      <header className="page-header">
        <h1>{name}</h1>
        <p className="page-header__context">{t('approvals.form.context', { unit, period })}</p>
      </header>
      {form.isPending ? (
        <Skeleton lines={8} label={t('approvals.form.loading')} />
      ) : form.isError ? (
        <ApiErrorNotice error={form.error} onRetry={() => void form.refetch()} />
      ) : (
        <div className="approvals-review__grid">
          <div className="approvals-review__main">
            <FormSummary form={form.data} />
            <Card title={t('approvals.form.valuesTitle')}>
              <FormValues form={form.data} isEvidenceRecord={(text) => EVIDENCE_ID.test(text)} onEvidence={setEvidence} />
            </Card>
          </div>
          <aside className="approvals-review__side">
            <DecisionPanel form={form.data} formRef={ref} onDone={onDone} />
          </aside>
        </div>
      )}
      <EvidenceDialog id={evidence} unit={form.data?.unit ? { code: form.data.unit.code ?? '', label: unit } : undefined} onClose={() => setEvidence(null)} />
    </div>
  );
}
