/**
 * /products/:id: one DX product — its state, owner, target date, the indicators it moves, its evidence and
 * evaluation, its steps — and the step the caller may take next (start, complete with evidence, evaluate, withdraw).
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useProduct, useProductStep, type ProductStepBody } from '@/features/products/api/products';
import { STATE_TONES } from '@/features/products/components/product-item';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';
import '@/features/products/components/products.css';

const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;

export function ProductRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { params } = useScreen();
  const id = Number(useParams().id);
  const product = useProduct(id);
  const step = useProductStep(id);
  const [number, setNumber] = useState('');
  const [url, setUrl] = useState('');
  const [grade, setGrade] = useState<(typeof GRADES)[number]>('good');
  const [comment, setComment] = useState('');
  useDocumentTitle(product.data?.name ?? t('products.title'));
  if (product.isPending) return <Skeleton lines={6} label={t('products.loading')} />;
  if (product.isError) return <ApiErrorNotice error={product.error} onRetry={() => void product.refetch()} />;
  const p = product.data;
  const run = (body: ProductStepBody) => step.mutate(body);
  const evidence: NonNullable<ProductStepBody['evidence']> = [
    ...(number.trim() ? [{ kind: 'document' as const, number: number.trim() }] : []),
    ...(url.trim() ? [{ kind: 'link' as const, url: url.trim() }] : []),
  ];
  return (
    <>
      <header className="page-header">
        <h1>{p.name}</h1>
        <p className="page-header__context">
          <Badge tone={STATE_TONES[p.state]}>{t(`products.states.${p.state}`)}</Badge> {t(`products.kinds.${p.kind}`)} · {t('products.owner')}:{' '}
          {p.owner.agency ? `${p.owner.agency} — ` : ''}
          {p.owner.unitName} · {t('products.target', { date: formatDate(p.targetDate, language) })}
          {p.overdue ? (
            <>
              {' '}
              <Badge tone="danger">{t('products.overdue', { days: formatNumber(p.daysOverdue, language) })}</Badge>
            </>
          ) : null}
          {p.simulated ? (
            <>
              {' '}
              <Badge tone="neutral">{t('products.simulated')}</Badge>
            </>
          ) : null}
        </p>
        <p className="page-header__links">
          <Link to={{ pathname: '/products', search: screenSearch(params) }}>‹ {t('products.back')}</Link>
        </p>
      </header>
      {p.description ? <p>{p.description}</p> : null}
      <Card title={t('products.indicatorsMoved')}>
        {p.indicators.length === 0 ? (
          <p>{t('products.noIndicators')}</p>
        ) : (
          <ul>
            {p.indicators.map((i) => (
              <li key={i.code}>
                <Link to={`/indicators/${encodeURIComponent(i.code)}${screenSearch(params)}`}>{i.name}</Link> ({i.code})
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('products.evidence')} className="products__section">
        {p.evidence.length === 0 ? (
          <p>{t('products.noEvidence')}</p>
        ) : (
          <ul data-testid="product-evidence">
            {p.evidence.map((e, i) => (
              <li key={i}>
                {e.kind === 'link' ? (
                  <a href={e.url}>{e.title ?? e.url}</a>
                ) : (
                  [e.number, e.date ? formatDate(e.date, language) : null, e.issuer, e.summary].filter(Boolean).join(' · ')
                )}
              </li>
            ))}
          </ul>
        )}
        {p.evaluation ? (
          <p>
            {t('products.evaluation', {
              grade: t(`products.grades.${p.evaluation.grade as (typeof GRADES)[number]}`),
              score: p.evaluation.score !== null ? ` (${formatNumber(p.evaluation.score, language)})` : '',
              comment: p.evaluation.comment,
            })}
          </p>
        ) : null}
      </Card>
      {p.abilities.start || p.abilities.complete || p.abilities.evaluate || p.abilities.withdraw ? (
        <div className="products__form" data-testid="product-actions">
          {p.abilities.start ? (
            <Button variant="primary" onClick={() => run({ action: 'start' })}>
              {t('products.actions.start')}
            </Button>
          ) : null}
          {p.abilities.complete ? (
            <>
              <TextField label={t('products.evidenceNumber')} value={number} onChange={(e) => setNumber(e.target.value)} />
              <TextField label={t('products.evidenceUrl')} value={url} onChange={(e) => setUrl(e.target.value)} />
              <Button variant="primary" onClick={() => run({ action: 'complete', evidence })}>
                {t('products.actions.complete')}
              </Button>
            </>
          ) : null}
          {p.abilities.evaluate ? (
            <>
              <SelectField
                label={t('products.grade')}
                value={grade}
                onChange={(v) => setGrade(v as (typeof GRADES)[number])}
                options={GRADES.map((g) => ({ value: g, label: t(`products.grades.${g}`) }))}
              />
              <TextField label={t('products.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
              <Button variant="primary" onClick={() => run({ action: 'evaluate', grade, comment })}>
                {t('products.actions.evaluate')}
              </Button>
            </>
          ) : null}
          {p.abilities.withdraw ? <Button onClick={() => run({ action: 'withdraw' })}>{t('products.actions.withdraw')}</Button> : null}
          {step.isError ? <ApiErrorNotice error={step.error} /> : null}
        </div>
      ) : null}
      <Card title={t('products.steps')} className="products__section">
        <ol data-testid="product-steps">
          {p.steps.map((s, i) => (
            <li key={i}>
              {formatDate(s.on, language)} — {t(`products.actionNames.${s.action as 'register'}`)} ({s.by})
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
