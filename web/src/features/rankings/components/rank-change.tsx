/** "▲ 26" / "▼ 3" / "=" with the words for screen readers ("tăng 26 bậc"); nothing without a previous rank. */
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import { formatNumber, NO_VALUE } from '@/lib/format';

export function RankChange({ change, derived = false }: { change: number | null | undefined; derived?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (change === null || change === undefined) return <span className="rank-change">{NO_VALUE}</span>;
  const count = formatNumber(Math.abs(change), language, 0);
  const words = change > 0 ? t('rankings.up', { count }) : change < 0 ? t('rankings.down', { count }) : t('rankings.same');
  const tone = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return (
    <span className={`rank-change rank-change--${tone}`} title={words} data-testid="rank-change">
      <span aria-hidden="true">{change > 0 ? `▲ ${count}` : change < 0 ? `▼ ${count}` : '='}</span>
      <span className="visually-hidden">{words}</span>
      {derived ? <DerivedMark /> : null}
    </span>
  );
}

/** The asterisk of a figure worked out from the source, not stated by it (its words for screen readers). */
export function DerivedMark() {
  const { t } = useTranslation();
  return (
    <sup className="derived-mark" title={t('rankings.derivedMark')}>
      <span aria-hidden="true">*</span>
      <span className="visually-hidden"> ({t('rankings.derivedMark')})</span>
    </sup>
  );
}
