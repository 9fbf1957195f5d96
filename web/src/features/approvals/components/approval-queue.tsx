/**
 * The approval queue: one row per form (dataset × unit × period) with its submission, deadline (overdue or late
 * marked), state and checks; a checkbox on each submitted form for approving several at once — disabled, with the
 * reason beside it, for a form whose values raise a warning or an error (it is approved on its own, after a look).
 * The bulk approval is all or nothing: a refusal names each form the server would not approve.
 */
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime, todayInVietnam } from '@/lib/format';
import { useApproveForms } from '../api/form-actions';
import { formKey, type FormList, type FormListItem } from '../api/types';
import { StateBadge } from './state-badge';

export interface ApprovalQueueProps {
  list: FormList;
  /** The href of a form's review page (keeps the screen's query string). */
  formHref: (item: FormListItem) => string;
  /** The queue's own query string, handed to the review page for the way back. */
  queueSearch: string;
}

const approvable = (i: FormListItem) => i.state === 'submitted' && i.warnings === 0 && i.errors === 0;

export function ApprovalQueue({ list, formHref, queueSearch }: ApprovalQueueProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const approve = useApproveForms();
  const [done, setDone] = useState<number | null>(null);
  const bulkId = useId();
  const candidates = useMemo(() => list.items.filter(approvable), [list.items]);
  const chosen = candidates.filter((i) => selected.has(formKey({ dataset: i.dataset.code, unit: i.unit.code, period: i.period.id })));
  const keyOf = (i: FormListItem) => formKey({ dataset: i.dataset.code, unit: i.unit.code, period: i.period.id });
  const toggle = (key: string) => {
    setDone(null);
    approve.reset();
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };
  const submit = () => {
    const forms = chosen.map((i) => ({ dataset: i.dataset.code, unit: i.unit.code, period: i.period.id }));
    approve.mutate(forms, {
      onSuccess: (answer) => {
        setDone(answer.approved.length);
        setSelected(new Set());
      },
    });
  };
  const showBulk = list.items.some((i) => i.state === 'submitted');

  return (
    <div className="approvals-queue">
      {done !== null ? <Notice tone="success" title={t('approvals.bulk.done', { count: done })} /> : null}
      {approve.isError ? <BulkRefusal error={approve.error} /> : null}
      {showBulk ? (
        <section className="approvals-bulk" aria-label={t('approvals.bulk.label')} id={bulkId}>
          <p className="approvals-bulk__count" aria-live="polite">
            {chosen.length > 0 ? t('approvals.bulk.selected', { count: chosen.length }) : t('approvals.bulk.none')}
          </p>
          <div className="approvals-bulk__actions">
            {candidates.length > 0 && chosen.length < candidates.length ? (
              <Button size="small" onClick={() => setSelected(new Set(candidates.map(keyOf)))}>
                {t('approvals.bulk.selectAll', { count: candidates.length })}
              </Button>
            ) : null}
            {chosen.length > 0 ? (
              <Button size="small" variant="quiet" onClick={() => setSelected(new Set())}>
                {t('approvals.bulk.clear')}
              </Button>
            ) : null}
            <Button variant="primary" disabled={chosen.length === 0 || approve.isPending} onClick={submit} data-testid="bulk-approve">
              {approve.isPending
                ? t('approvals.bulk.approving')
                : chosen.length === 0
                  ? t('approvals.bulk.approveNone')
                  : t('approvals.bulk.approve', { count: chosen.length })}
            </Button>
          </div>
        </section>
      ) : null}
      <div className="approvals-table-wrap">
        <table className="approvals-table ui-stack-table" data-testid="approval-queue">
          <caption className="approvals-table__caption">{t('approvals.table.caption', { shown: list.items.length, total: list.total })}</caption>
          <thead>
            <tr>
              {showBulk ? <th scope="col">{t('approvals.table.select')}</th> : null}
              <th scope="col">{t('approvals.table.form')}</th>
              <th scope="col">{t('approvals.table.unit')}</th>
              <th scope="col">{t('approvals.table.period')}</th>
              <th scope="col">{t('approvals.table.submitted')}</th>
              <th scope="col">{t('approvals.table.deadline')}</th>
              <th scope="col">{t('approvals.table.state')}</th>
              <th scope="col">{t('approvals.table.checks')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('approvals.table.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => {
              const key = keyOf(item);
              const name = language === 'en' ? item.dataset.nameEn : item.dataset.name;
              const period = language === 'en' ? item.period.labelEn : item.period.label;
              const late = item.submittedAt !== null && todayInVietnam(new Date(item.submittedAt)) > item.deadline;
              const reasonId = `${bulkId}-${key}`;
              const reason =
                item.state !== 'submitted'
                  ? null
                  : item.errors > 0
                    ? t('approvals.disabledErrors', { count: item.errors })
                    : item.warnings > 0
                      ? t('approvals.disabledWarnings', { count: item.warnings })
                      : null;
              return (
                <tr key={key} className={selected.has(key) && approvable(item) ? 'is-selected' : undefined} data-testid="queue-row" data-form={key}>
                  {showBulk ? (
                    <td data-label={t('approvals.table.select')} className={item.state === 'submitted' ? 'approvals-table__select' : 'is-empty'}>
                      {item.state === 'submitted' ? (
                        <>
                          <input
                            type="checkbox"
                            className="approvals-table__checkbox"
                            checked={selected.has(key) && approvable(item)}
                            disabled={!approvable(item)}
                            onChange={() => toggle(key)}
                            aria-label={t('approvals.table.selectForm', { form: `${name} – ${item.unit.name} – ${period}` })}
                            aria-describedby={reason ? reasonId : undefined}
                          />
                          {reason ? (
                            <span className="approvals-table__why" id={reasonId}>
                              {reason}
                            </span>
                          ) : null}
                        </>
                      ) : null}
                    </td>
                  ) : null}
                  <td data-label={t('approvals.table.form')}>
                    <Link to={formHref(item)} state={{ queue: queueSearch }} className="approvals-table__form">
                      {name}
                    </Link>
                    <span className="approvals-table__code">{item.dataset.code}</span>
                  </td>
                  <td data-label={t('approvals.table.unit')}>
                    {item.unit.name} <span className="approvals-table__code is-inline">({item.unit.code})</span>
                  </td>
                  <td data-label={t('approvals.table.period')}>{period}</td>
                  <td data-label={t('approvals.table.submitted')} className={item.submittedAt ? undefined : 'is-empty'}>
                    {item.submittedAt ? (
                      <>
                        {formatDateTime(item.submittedAt, language)}
                        {item.submittedBy ? <span className="approvals-table__by"> {t('approvals.table.by', { name: item.submittedBy })}</span> : null}
                        {late ? (
                          <>
                            {' '}
                            <Badge tone="warning">{t('approvals.late')}</Badge>
                          </>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('approvals.table.deadline')}>
                    {formatDate(item.deadline, language)}
                    {item.overdue ? (
                      <>
                        {' '}
                        <Badge tone="danger">{t('approvals.overdue')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('approvals.table.state')}>
                    <StateBadge state={item.state} />
                    {item.reason && item.state === 'returned' ? <span className="approvals-table__reason">{item.reason}</span> : null}
                  </td>
                  <td data-label={t('approvals.table.checks')}>
                    <span className="approvals-table__filled">{t('approvals.table.filled', { filled: item.filled, elements: item.elements })}</span>{' '}
                    {item.errors > 0 ? <Badge tone="danger">{t('approvals.table.errors', { count: item.errors })}</Badge> : null}
                    {item.warnings > 0 ? <Badge tone="warning">{t('approvals.table.warnings', { count: item.warnings })}</Badge> : null}
                    {item.errors === 0 && item.warnings === 0 ? <Badge tone="success">{t('approvals.table.noProblems')}</Badge> : null}
                  </td>
                  <td data-label={t('approvals.table.open')} className="approvals-table__open">
                    <Link to={formHref(item)} state={{ queue: queueSearch }} className="ui-button ui-button--secondary ui-button--small">
                      {item.state === 'submitted' || item.state === 'approved' ? t('approvals.table.open') : t('approvals.table.openOther')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The refusal of a bulk approval: nothing was approved, and each form the server refused, with its reason. */
function BulkRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!(error instanceof ApiError) || error.details.length === 0) return <ApiErrorNotice error={error} />;
  return (
    <Notice tone="danger" title={t('approvals.bulk.refused')}>
      <ul className="approvals-refused" data-testid="bulk-refused">
        {error.details.map((d, i) => (
          <li key={i}>
            <strong>{String(d.form ?? d.field ?? '')}</strong>: {localMessage(String(d.message ?? ''), language)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
