/** A follow-up's page body: the target and where it stands, the timeline, and the forms the caller may use. */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import type { FollowUp } from '@/lib/api/types';
import { gapText } from '@/lib/target-status';
import { STATE_TONE, TargetLine } from './follow-up-card';
import { FollowUpForms } from './follow-up-forms';
import { FollowUpTimeline } from './follow-up-timeline';
import './follow-ups.css';

export function FollowUpDetail({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const f = followUp;
  return (
    <div className="follow-up" data-testid="follow-up">
      <div>
        <Card title={f.indicator.name}>
          <p className="follow-up-card__meta">
            {f.unit.name} ({f.unit.code}) · {periodLabel(f.period, t, language)} · {t('followUps.plan', { plan: f.plan })}
          </p>
          <p className="follow-up-card__target">
            <TargetLine followUp={f} />
            {f.target.gap !== null ? <span>({gapText(f.target.gap, f.indicator.unitOfMeasure, language, t)})</span> : null}
          </p>
          <p className="follow-up-card__badges" data-testid="follow-up-state">
            <Badge tone={STATE_TONE[f.state]}>{t(`followUps.states.${f.state}`)}</Badge>
            {f.overdue ? <Badge tone="danger">{t('followUps.overdue')}</Badge> : null}
          </p>
          <h3>{t('followUps.timeline')}</h3>
          <FollowUpTimeline followUp={f} />
        </Card>
      </div>
      <FollowUpForms followUp={f} />
    </div>
  );
}
