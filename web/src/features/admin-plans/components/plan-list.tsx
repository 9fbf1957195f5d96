/** Every plan, by code: its name, unit, span and number of targets; each a link that opens it in the editor. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { PlanSummary } from '@/lib/api/types';

export function PlanList({ plans, selected, linkTo }: { plans: readonly PlanSummary[]; selected: string | null; linkTo: (code: string) => string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="admin-plans__scroll">
      <table className="admin-plans__table admin-plans__list">
        <thead>
          <tr>
            <th scope="col">{t('adminPlans.columns.name')}</th>
            <th scope="col">{t('adminPlans.columns.unit')}</th>
            <th scope="col">{t('adminPlans.columns.span')}</th>
            <th scope="col" className="admin-plans__num">
              {t('adminPlans.columns.targets')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.code} aria-current={p.code === selected ? 'true' : undefined}>
              <th scope="row">
                <Link to={linkTo(p.code)}>{language === 'vi' ? p.name : p.nameEn}</Link>
                <span className="admin-plans__code">{p.code}</span>
              </th>
              <td>{p.unitName ?? p.unitCode ?? t('adminPlans.noUnit')}</td>
              <td>{p.startPeriod ? t('adminPlans.span', { from: p.startPeriod, to: p.endPeriod ?? '…' }) : t('adminPlans.noSpan')}</td>
              <td className="admin-plans__num">{formatNumber(p.targetCount, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
