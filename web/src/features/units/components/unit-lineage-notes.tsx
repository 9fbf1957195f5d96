/**
 * What became of a unit through a reorganisation and what it was formed from (GET /units/{code}/lineage), for
 * the version in force on the screen's date, with a button to open each unit on the other side of the change.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { lineageKindLabel } from '@/lib/unit-labels';
import type { LineageLink, UnitLineage, View } from '@/lib/api/types';
import { useUnitLineage } from '../api/unit-lineage';

export interface UnitLineageNotesProps {
  code: string;
  at: string;
  /** Open another unit: successors still in force on today's boundaries, the others as reported. */
  onShow: (code: string, view: View) => void;
  /** Say so when nothing is recorded (else render nothing). */
  showNone?: boolean;
}

type Version = UnitLineage['versions'][number];

/** The version in force on `at`, else the last one that began before it, else the first. */
export function versionAt(versions: readonly Version[], at: string): Version | undefined {
  const inForce = versions.find(({ unit }) => (unit.validFrom === null || unit.validFrom <= at) && (unit.validTo === null || at < unit.validTo));
  if (inForce) return inForce;
  const before = versions.filter(({ unit }) => unit.validFrom === null || unit.validFrom <= at);
  return before[before.length - 1] ?? versions[0];
}

interface Group {
  key: string;
  kind: string;
  date: string | null;
  legalBasis: string | null;
  links: LineageLink[];
}

function groups(links: readonly LineageLink[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const link of links) {
    const key = `${link.kind}|${link.date}|${link.legalBasis ?? ''}`;
    const group: Group = byKey.get(key) ?? { key, kind: link.kind, date: link.date, legalBasis: link.legalBasis, links: [] };
    group.links.push(link);
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

export function UnitLineageNotes({ code, at, onShow, showNone = false }: UnitLineageNotesProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const lineage = useUnitLineage(code);
  if (lineage.isPending) return <Skeleton lines={2} label={t('unitPicker.loading')} />;
  if (lineage.isError || !lineage.data) return null;
  const version = versionAt(lineage.data.versions, at);
  const successors = groups(version?.successors ?? []);
  const predecessors = groups(version?.predecessors ?? []);
  if (successors.length === 0 && predecessors.length === 0) return showNone ? <p className="lineage-notes__none">{t('lineage.none')}</p> : null;

  const item = (link: LineageLink, view: View) => (
    <li key={`${link.unit.code}-${link.unit.validFrom ?? ''}`}>
      <Button
        variant="quiet"
        size="small"
        onClick={() => onShow(link.unit.code, view)}
        aria-label={t(view === 'now' ? 'lineage.show' : 'lineage.showWas', { name: link.unit.name, code: link.unit.code })}
      >
        {t('shell.scope', { name: link.unit.name, code: link.unit.code })}
      </Button>
      {link.part === 'partial' ? <span className="lineage-notes__part">{t('lineage.partial')}</span> : null}
    </li>
  );

  return (
    <section className="lineage-notes" aria-label={t('lineage.title')}>
      <h3 className="lineage-notes__title">{t('lineage.title')}</h3>
      {predecessors.map((group) => (
        <div key={group.key} className="lineage-notes__group">
          <p>{t('lineage.cameFrom', { date: formatDate(group.date, language), kind: lineageKindLabel(group.kind, t) })}</p>
          <ul>{group.links.map((link) => item(link, 'was'))}</ul>
          {group.legalBasis ? <p className="lineage-notes__basis">{t('lineage.legalBasis', { basis: group.legalBasis })}</p> : null}
        </div>
      ))}
      {successors.map((group) => (
        <div key={group.key} className="lineage-notes__group">
          <p>{t('lineage.became', { date: formatDate(group.date, language), kind: lineageKindLabel(group.kind, t) })}</p>
          <ul>{group.links.map((link) => item(link, link.unit.validTo === null ? 'now' : 'was'))}</ul>
          {group.legalBasis ? <p className="lineage-notes__basis">{t('lineage.legalBasis', { basis: group.legalBasis })}</p> : null}
        </div>
      ))}
    </section>
  );
}
