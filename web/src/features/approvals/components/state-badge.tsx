/** A form's workflow state as a badge: chờ duyệt, đã duyệt, bị trả lại, chưa nộp (the text says it, not only the colour). */
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '@/components/ui/badge';

const TONES: Record<string, Tone> = { submitted: 'info', approved: 'success', returned: 'warning', draft: 'neutral' };

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const known = state in TONES ? state : 'draft';
  return <Badge tone={TONES[known]}>{t(`approvals.state.${known as 'draft'}`)}</Badge>;
}
