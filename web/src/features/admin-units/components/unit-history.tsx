/** A code's versions (name, type, days in force) and, for each, the events that made it and ended it, with their legal basis. */
import { useTranslation } from 'react-i18next';
import { formatDate, type Language } from '@/lib/format';
import type { paths } from '@/lib/api/schema';

type Lineage = paths['/api/v1/units/{code}/lineage']['get']['responses']['200']['content']['application/json'];
type Link = Lineage['predecessors'][number];

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

export function UnitHistory({ lineage }: { lineage: Lineage }) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'vi') as Language;
  return (
    <section className="admin-units__history" aria-labelledby="admin-units-versions">
      <h2 id="admin-units-versions">{t('adminUnits.versions')}</h2>
      <ol className="admin-units__versions">
        {lineage.versions.map(({ unit, predecessors, successors }) => (
          <li key={`${unit.level}-${unit.validFrom ?? 'start'}`} className="admin-units__version">
            <p className="admin-units__version-name">
              <strong>{unit.fullName}</strong> ({unit.code})
            </p>
            <p>
              {unit.validFrom ? t('adminUnits.from', { date: formatDate(unit.validFrom, language) }) : t('adminUnits.always')}{' '}
              {unit.validTo ? t('adminUnits.until', { date: formatDate(unit.validTo, language) }) : t('adminUnits.now')}
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
