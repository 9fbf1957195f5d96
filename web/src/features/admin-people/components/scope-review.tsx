/**
 * The review after the reform (GET /scopes/review): each scope of a person or token whose unit version has
 * ended, with its successors in force from the unit's lineage; one click moves the scope there (POST
 * …/scopes with the successor added and the ended version removed, in one transaction on the server).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { useLineage, useScopeReview } from '../api/review';
import { useTokenScopes } from '../api/tokens';
import { useUserScopes } from '../api/users';
import type { ReviewItem } from '../api/types';
import { formErrors } from './field-errors';
import { scopeLabel, scopeSpec } from './scope-label';

export function ScopeReview() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const review = useScopeReview();
  const [moved, setMoved] = useState<string | null>(null);
  return (
    <Card title={t('adminPeople.review.title')} className="admin-people__review">
      {review.isPending ? <Skeleton lines={3} label={t('adminPeople.review.loading')} /> : null}
      {review.isError ? <ApiErrorNotice error={review.error} onRetry={() => void review.refetch()} /> : null}
      {review.data ? (
        <>
          <p className="admin-people__intro">{t('adminPeople.review.intro', { date: formatDate(review.data.at, language) })}</p>
          {moved ? <Notice tone="success" title={moved} /> : null}
          {review.data.items.length === 0 ? (
            <EmptyState title={t('adminPeople.review.empty')}>
              <p>{t('adminPeople.review.emptyHelp')}</p>
            </EmptyState>
          ) : (
            <ul className="admin-people__list" data-testid="scope-review">
              {review.data.items.map((item) => (
                <ReviewRow key={`${item.kind}:${item.owner}:${item.scope.code}:${item.scope.validFrom ?? ''}`} item={item} onMoved={setMoved} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Card>
  );
}

function ReviewRow({ item, onMoved }: { item: ReviewItem; onMoved: (message: string) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const lineage = useLineage(item.scope.code);
  const users = useUserScopes();
  const tokens = useTokenScopes();
  const moving = users.isPending || tokens.isPending;
  const errors = formErrors(users.error ?? tokens.error, t, language);
  const version = lineage.data?.versions.find((v) => v.unit.validFrom === item.scope.validFrom && v.unit.validTo === item.scope.validTo);
  const successors = item.scope.validTo ? (version?.successors ?? []).filter((s) => s.unit.validTo === null) : [];
  const successorCodes = [...new Map(successors.map((s) => [s.unit.code, s.unit])).values()];

  const move = (code: string) => {
    const change = { add: [code], remove: [scopeSpec(item.scope)] };
    const options = { onSuccess: () => onMoved(t('adminPeople.review.moved', { owner: item.owner, code })) };
    if (item.kind === 'user') users.mutate({ username: item.owner, change }, options);
    else tokens.mutate({ name: item.owner, change }, options);
  };

  return (
    <li className="admin-people__item">
      <p className="admin-people__item-name">
        <strong>{item.owner}</strong> · {item.kind === 'user' ? t('adminPeople.review.kindUser') : t('adminPeople.review.kindToken')}
      </p>
      <p className="admin-people__item-meta">{scopeLabel(item.scope, t, language)}</p>
      {errors.summary ? (
        <Notice tone="danger" title={errors.summary}>
          {Object.values(errors.fields).map((m) => (
            <p key={m}>{m}</p>
          ))}
        </Notice>
      ) : null}
      <div className="admin-people__actions">
        {lineage.isPending ? <span className="admin-people__item-meta">{t('adminPeople.review.findingSuccessor')}</span> : null}
        {!lineage.isPending && successorCodes.length === 0 ? <span className="admin-people__item-meta">{t('adminPeople.review.noSuccessor')}</span> : null}
        {successorCodes.map((unit) => (
          <Button key={unit.code} size="small" variant="primary" disabled={moving} onClick={() => move(unit.code)}>
            {t('adminPeople.review.moveTo', { name: unit.name, code: unit.code })}
          </Button>
        ))}
      </div>
    </li>
  );
}
