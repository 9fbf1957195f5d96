/** A form's workflow state as a badge (nháp, đã gửi, bị trả lại, đã duyệt), and overdue beside it. */
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '@/components/ui/badge';
import type { FormState } from '../api/types';

const TONES: Record<FormState, Tone> = { draft: 'neutral', submitted: 'info', returned: 'danger', approved: 'success' };

export function FormStateBadge({ state, overdue }: { state: FormState; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="entry-badges">
      <Badge tone={TONES[state]}>{t(`entry.state.${state}`)}</Badge>
      {overdue ? <Badge tone="warning">{t('entry.overdue')}</Badge> : null}
    </span>
  );
}
