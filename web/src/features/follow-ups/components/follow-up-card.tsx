/**
 * One follow-up in a list: the indicator and unit, the target against what was reached, its state and whether it
 * is overdue (the server's day), linking to its page. Used by the list screen and the overdue block.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '@/components/ui/badge';
import { useLanguage } from '@/lib/i18n';
import { comparisonSign, formatDate, formatMeasure } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { FollowUp, FollowUpState } from '@/lib/api/types';

export const STATE_TONE: Record<FollowUpState, Tone> = { open: 'warning', explained: 'info', directed: 'info', in_progress: 'info', closed: 'success' };

export function FollowUpCard({ followUp, href }: { followUp: FollowUp; href: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const f = followUp;
  const late = f.directives.filter((d) => d.overdue);
  return (
    <article className="follow-up-card" data-testid="follow-up-card">
      <h3 className="follow-up-card__title">
        <Link to={href}>{f.indicator.name}</Link>
      </h3>
      <p className="follow-up-card__meta">
        {f.unit.name} · {periodLabel(f.period, t, language)} · {t('followUps.plan', { plan: f.plan })}
      </p>
      <p className="follow-up-card__target">
        <TargetLine followUp={f} />
      </p>
      <p className="follow-up-card__badges">
        <Badge tone={STATE_TONE[f.state]}>{t(`followUps.states.${f.state}`)}</Badge>
        {f.overdue ? <Badge tone="danger">{t('followUps.overdue')}</Badge> : null}
      </p>
      {f.overdue && f.state === 'open' ? (
        <p className="follow-up-card__late">{t('followUps.overdueLate', { date: formatDate(f.explainBy, language) })}</p>
      ) : null}
      {late.map((d) => (
        <p key={d.id} className="follow-up-card__late">
          {t('followUps.directiveOverdue', { deadline: formatDate(d.deadline, language) })}: {d.content} ({d.assignee.name})
        </p>
      ))}
    </article>
  );
}

export function TargetLine({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { target, indicator } = followUp;
  const measure = (v: number | null) => formatMeasure(v, indicator.unitOfMeasure, language);
  const comparison = comparisonSign(target.comparison);
  return (
    <>
      {target.actual === null
        ? t('followUps.targetNoData', { comparison, target: measure(target.value) })
        : t('followUps.target', { comparison, target: measure(target.value), actual: measure(target.actual) })}{' '}
      <Badge tone={target.status === 'at_risk' ? 'warning' : target.status === 'not_met' ? 'danger' : 'success'}>
        {language === 'en' ? target.statusLabel.en : target.statusLabel.vi}
      </Badge>
    </>
  );
}
