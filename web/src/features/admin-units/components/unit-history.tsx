/** A code's versions (name, type, days in force) and, for each, the events that made it and ended it, with their legal basis. */
import { useTranslation } from 'react-i18next';
import { dayBefore, formatDate, type Language } from '@/lib/format';
import type { paths } from '@/lib/api/schema';
import './admin-units.css';

type Lineage = paths['/api/v1/units/{code}/lineage']['get']['responses']['200']['content']['application/json'];
type Link = Lineage['predecessors'][number];

/** Whether a version (validFrom inclusive, validTo exclusive) is in force on the day. */
function inForce(unit: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day < unit.validTo);
}

function LinkLine({ link, language }: { link: Link; language: Language }) {
  const { t } = useTranslation();
  const kind = t(`adminUnits.kinds.${link.kind}`);
  const text = t('adminUnits.link', {
    kind,
    date: formatDate(link.date, language),
    unit: link.unit.fullName,
    code: link.unit.code,
    basis: link.legalBasis ?? t('adminUnits.noBasis'),
  });
  return (
    <li>
      {text}
      {link.share !== null ? ` (${t('adminUnits.share', { share: link.share.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB') })})` : ''}
    </li>
  );
}

/** The versions of the code, the one in force on `at` marked. */
export function UnitHistory({ lineage, at }: { lineage: Lineage; at: string }) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'vi') as Language;
  return (
    <section className="admin-units__history" aria-labelledby="admin-units-versions">
      <h2 id="admin-units-versions">{t('adminUnits.versions')}</h2>
      <ol className="admin-units__versions">
        {lineage.versions.map(({ unit, predecessors, successors }) => (
          <li
            key={`${unit.level}-${unit.validFrom ?? 'start'}`}
            className={inForce(unit, at) ? 'admin-units__version admin-units__version--current' : 'admin-units__version'}
            aria-current={inForce(unit, at) ? 'date' : undefined}
          >
            <p className="admin-units__version-name">
              <strong>{unit.fullName}</strong> ({unit.code})
              {inForce(unit, at) ? <span className="admin-units__badge">{t('adminUnits.inForceAt', { date: formatDate(at, language) })}</span> : null}
            </p>
            <p>
              {unit.validFrom ? t('adminUnits.from', { date: formatDate(unit.validFrom, language) }) : t('adminUnits.always')}{' '}
              {unit.validTo ? t('adminUnits.until', { date: formatDate(dayBefore(unit.validTo), language) }) : t('adminUnits.now')}
            </p>
            {predecessors.length ? (
              <>
                <p className="admin-units__links-title">{t('adminUnits.predecessors')}</p>
                <ul>
                  {predecessors.map((link, i) => (
                    <LinkLine key={i} link={link} language={language} />
                  ))}
                </ul>
              </>
            ) : null}
            {successors.length ? (
              <>
                <p className="admin-units__links-title">{t('adminUnits.successors')}</p>
                <ul>
                  {successors.map((link, i) => (
                    <LinkLine key={i} link={link} language={language} />
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
