/**
 * The unit page's header: the unit's full name as it was on the page's date, its code, level and kind, the units it
 * lay under that day (each a link to its page), the days its version was in force, and the catalogue's note.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/ui/skeleton';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { levelLabel } from '@/lib/unit-labels';
import type { Unit } from '@/lib/api/types';
import { useUnitAncestors } from '../../api/unit-ancestors';
import { validityText } from './validity';
import './unit-page.css';

export interface UnitHeaderProps {
  unit: Unit;
  /** The day the unit is shown as of. */
  at: string;
  /** The line under the name (unit · period · view). */
  context: ReactNode;
  /** Above the name: the way back. */
  back?: ReactNode;
  /** The page of another unit (an ancestor) on the same day. */
  unitHref: (code: string) => string;
}

export function UnitHeader({ unit, at, context, back, unitHref }: UnitHeaderProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ancestors = useUnitAncestors(unit.parentCode, at);
  const english = language === 'en';
  const fullName = english && unit.fullNameEn ? unit.fullNameEn : unit.fullName || unit.name;
  const validity = validityText(unit, t, language);

  return (
    <header className="page-header unit-header">
      {back ? <p className="page-header__back">{back}</p> : null}
      <h1 data-testid="unit-name">{fullName}</h1>
      <p className="page-header__context" data-testid="screen-context">
        {context}
      </p>
      <dl className="unit-header__facts">
        <div>
          <dt>{t('unitPage.code')}</dt>
          <dd>
            {unit.code}
            {unit.codeOfficial ? null : <span className="unit-header__aside"> {t('unitPage.codeUnofficial')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('unitPage.level')}</dt>
          <dd>{levelLabel(unit.level, t)}</dd>
        </div>
        <div>
          <dt>{t('unitPage.parents')}</dt>
          <dd>
            {!unit.parentCode ? (
              t('unitPage.noParent')
            ) : ancestors.isPending ? (
              <Skeleton lines={1} label={t('unitPage.loadingParents')} />
            ) : ancestors.isError ? (
              unit.parentCode
            ) : (
              <ol className="unit-header__chain" aria-label={t('unitPage.parents')}>
                {ancestors.data.map((a) => (
                  <li key={a.code}>
                    <Link to={unitHref(a.code)}>{t('shell.scope', { name: english && a.nameEn ? a.nameEn : a.name, code: a.code })}</Link>
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('unitPage.validity')}</dt>
          <dd data-testid="unit-validity">
            {validity}
            {unit.validTo && !unit.validToKnown ? <span className="unit-header__aside"> {t('unitPage.validToApprox')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('unitPage.asOf')}</dt>
          <dd data-testid="unit-as-of">{formatDate(at, language)}</dd>
        </div>
      </dl>
      {unit.note ? <p className="unit-header__note">{unit.note}</p> : null}
    </header>
  );
}
