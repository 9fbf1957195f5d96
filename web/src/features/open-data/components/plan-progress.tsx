/**
 * A plan's progress on its published indicators (/du-lieu-mo/ke-hoach/:code): "8/19 chỉ tiêu đạt và vượt kế
 * hoạch", then each target by group — indicator, unit, period, target, result (vi-VN), status — with a target whose
 * data is not approved reading "chưa phê duyệt". Indicator names and units of measure come from the published
 * indicators (only published ones are in a public plan). CSV and JSON links.
 */
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/notice';
import { formatDate, formatMeasure, formatTarget } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { periodLabel } from '@/lib/i18n/period-label';
import { STATUS_TONE, targetStatus } from '@/lib/target-status';
import type { PublicIndicatorList, PublicPlan } from '../api/open-data';
import '@/components/ui/table.css';
import { DownloadLinks } from './download-links';

export function PlanProgress({ plan, indicators }: { plan: PublicPlan; indicators: PublicIndicatorList | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const byCode = new Map((indicators?.items ?? []).map((i) => [i.code, i]));
  const base = `/api/v1/public/plans/${encodeURIComponent(plan.plan.code)}`;
  return (
    <>
      <DownloadLinks path={base} />
      <p className="open-data__summary">
        {t('openData.plan.summary', { met: plan.summary.metOrExceeded, total: plan.summary.total, date: formatDate(plan.asOf, language) })}
      </p>
      {plan.targets.length === 0 ? (
        <EmptyState title={t('openData.plan.empty')} />
      ) : (
        <div className="ui-table__scroll" tabIndex={0} role="region" aria-label={plan.plan.name}>
          <table className="ui-table ui-stack-table open-data__table">
            <thead>
              <tr>
                <th scope="col">{t('openData.plan.indicator')}</th>
                <th scope="col">{t('openData.plan.unit')}</th>
                <th scope="col">{t('openData.plan.period')}</th>
                <th scope="col" className="is-number">
                  {t('openData.plan.target')}
                </th>
                <th scope="col" className="is-number">
                  {t('openData.plan.value')}
                </th>
                <th scope="col">{t('openData.plan.status')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.targets.map((target) => {
                const status = targetStatus(target.status);
                const indicator = byCode.get(target.indicator);
                const unitOfMeasure = indicator?.unitOfMeasure ?? null;
                return (
                  <tr key={`${target.indicator}-${target.unit}-${target.period}`}>
                    <th scope="row">
                      {target.group ? <span className="open-data__group-label">{target.group}</span> : null}
                      {indicator ? (language === 'vi' ? indicator.name : indicator.nameEn) : target.indicator}
                    </th>
                    <td data-label={t('openData.plan.unit')}>{target.unit}</td>
                    <td data-label={t('openData.plan.period')}>{periodLabel(target.period, t, language)}</td>
                    <td className="is-number" data-label={t('openData.plan.target')}>
                      {formatTarget(target.comparison, formatMeasure(target.target, unitOfMeasure, language))}
                    </td>
                    <td className="is-number" data-label={t('openData.plan.value')}>
                      {target.withheld ? (
                        <Badge tone="warning">{t('openData.indicator.withheld')}</Badge>
                      ) : (
                        formatMeasure(target.value, unitOfMeasure, language)
                      )}
                    </td>
                    <td data-label={t('openData.plan.status')}>
                      <Badge tone={status ? STATUS_TONE[status] : 'neutral'}>{language === 'vi' ? target.statusLabel.vi : target.statusLabel.en}</Badge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
