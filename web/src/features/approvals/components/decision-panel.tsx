/**
 * The approver's decision on one form, as its abilities allow (the server's GET answer already reflects the state):
 * approve a submitted form; return it with a reason; reopen an approved one with a reason. The reason is checked by
 * the server (a missing one is its 422, shown at the field); any other refusal is shown above the buttons.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { useFormAction } from '../api/form-actions';
import type { FormDetail, FormRef, WorkflowAction } from '../api/types';
import { ReasonField } from './reason-field';

export interface DecisionPanelProps {
  form: FormDetail;
  formRef: FormRef;
  onDone: (action: WorkflowAction) => void;
}

export function DecisionPanel({ form, formRef, onDone }: DecisionPanelProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const action = useFormAction(formRef);
  const [reason, setReason] = useState('');
  const [asked, setAsked] = useState<WorkflowAction | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const abilities = form.abilities ?? {};
  const withReason: WorkflowAction | null = abilities.return ? 'return' : abilities.reopen ? 'reopen' : null;

  const run = (which: WorkflowAction) => {
    setAsked(which);
    action.mutate(which === 'approve' ? { action: which } : { action: which, reason }, {
      onSuccess: () => onDone(which),
      onError: (error) => {
        if (error instanceof ApiError && error.details.some((d) => d.field === 'reason')) reasonRef.current?.focus();
      },
    });
  };
  const error = action.error;
  const reasonError = error instanceof ApiError && asked !== 'approve' ? error.details.find((d) => d.field === 'reason') : undefined;

  if (!abilities.approve && !withReason) {
    return (
      <Card title={t('approvals.decide.title')} className="approvals-decision">
        <p>{t('approvals.decide.nothing', { state: t(`approvals.state.${(form.state ?? 'draft') as 'draft'}`) })}</p>
      </Card>
    );
  }
  return (
    <Card title={t('approvals.decide.title')} className="approvals-decision">
      {error && !reasonError ? <ApiErrorNotice error={error} /> : null}
      {abilities.approve ? (
        <div className="approvals-decision__approve">
          <p>{t('approvals.decide.approveBody')}</p>
          <Button variant="primary" onClick={() => run('approve')} disabled={action.isPending} data-testid="approve">
            {action.isPending && asked === 'approve' ? t('approvals.decide.working') : t('approvals.decide.approve')}
          </Button>
        </div>
      ) : null}
      {withReason ? (
        <form
          className="approvals-decision__reason"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run(withReason);
          }}
        >
          <h3>{withReason === 'return' ? t('approvals.decide.returnTitle') : t('approvals.decide.reopenTitle')}</h3>
          <ReasonField
            ref={reasonRef}
            label={t('approvals.decide.reason')}
            hint={withReason === 'return' ? t('approvals.decide.returnHint') : t('approvals.decide.reopenHint')}
            error={reasonError ? localMessage(String(reasonError.message ?? ''), language) : undefined}
            value={reason}
            maxLength={2000}
            onChange={(event) => setReason(event.target.value)}
            data-testid="reason"
          />
          <Button type="submit" disabled={action.isPending} data-testid={withReason}>
            {action.isPending && asked === withReason
              ? t('approvals.decide.working')
              : withReason === 'return'
                ? t('approvals.decide.return')
                : t('approvals.decide.reopen')}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
