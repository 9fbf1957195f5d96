/**
 * The merged-unit rule of the editions ranked on the provinces of 1/7/2025 (34, after the reform): a merged
 * province's indices are the average of its predecessors', and its rank (among 34) is not compared with last
 * year's 63-province table. The same rule the server applies (domain/frameworks/score-inputs.ts
 * averageOfScoredUnits, published-results.ts).
 */
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';
import type { FrameworkSummary } from '@/lib/api/types';

type EditionInfo = FrameworkSummary['editions'][number];

/** Editions from 2024 are assessed and ranked after the reform of 1/7/2025 (DTI 2024: 405/QĐ-BKHCN, 03/4/2025). */
export function rankedAfterReform(edition: EditionInfo | null): boolean {
  return edition !== null && /^\d{4}/.test(edition.validFrom) && Number(edition.validFrom.slice(0, 4)) >= 2024;
}

export function MergedUnitRule() {
  const { t } = useTranslation();
  return (
    <div data-testid="merged-unit-rule">
      <Notice tone="info" title={t('rankings.mergedRuleTitle')}>
        <p>{t('rankings.mergedRule')}</p>
      </Notice>
    </div>
  );
}
