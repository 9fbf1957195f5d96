/**
 * The flags a figure carries, in text (never colour or a tooltip alone): "≈" for an approximate value (a split unit
 * whose share of the figures was not declared), with its legend; and a warning when the rate a unit reported
 * disagrees with the one its count and total give, with both numbers.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { useLanguage } from '@/lib/i18n';
import { formatPercent, formatRatio } from '@/lib/format';
import type { AnalyticsRow } from '@/lib/api/types';
import './overview.css';

/** "≈" before an approximate value; a screen reader hears "ước tính". */
export function ApproximateMark({ row }: { row: Pick<AnalyticsRow, 'approximate'> | undefined }) {
  const { t } = useTranslation();
  if (!row?.approximate) return null;
  return (
    <abbr className="flag-approximate" title={t('flags.approximate')}>
      <span aria-hidden="true">≈ </span>
      <span className="visually-hidden">{t('flags.approximateShort')}: </span>
    </abbr>
  );
}

/** The legend under a table or figure that has approximate values. */
export function ApproximateLegend({ rows }: { rows: ReadonlyArray<Pick<AnalyticsRow, 'approximate'> | undefined> }) {
  const { t } = useTranslation();
  if (!rows.some((r) => r?.approximate)) return null;
  return (
    <p className="flag-legend" data-testid="approximate-legend">
      <span aria-hidden="true">≈ </span>
      {t('flags.approximate')}
    </p>
  );
}

/** "Tỷ lệ báo cáo 89,4% khác tỷ lệ tính từ 17/19 là 89,5%". */
export function RateMismatch({ row, compact = false }: { row: AnalyticsRow | undefined; compact?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const rate = row?.reportedRate;
  if (!row || !rate || rate.consistent) return null;
  const values = {
    reported: formatPercent(rate.reported, language, rate.decimals),
    expected: formatPercent(rate.expected, language, rate.decimals),
    ratio: formatRatio(row.numerator, row.denominator, language),
  };
  return (
    <span data-testid="rate-mismatch">
      {' '}
      <Badge tone="warning">{t(compact ? 'flags.rateMismatchShort' : 'flags.rateMismatch', values)}</Badge>
    </span>
  );
}
