/**
 * Lịch sử sắp xếp: a code's life through the reorganisations as a timeline (an ordered list, oldest first) — each
 * version of the code with the days it was in force, and between them each event (merge, split, rename, …) with its
 * date, its legal basis, the units it took in and the units it formed, each named as it was on that side of the
 * event and linked to its page on that day (its last day for a unit that ended, its first for one that began).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { dayBefore, formatDate, formatPercent } from '@/lib/format';
import { lineageKindLabel } from '@/lib/unit-labels';
import type { LineageLink } from '@/lib/api/types';
import { useUnitLineage } from '../../api/unit-lineage';
import { versionAt } from '../unit-lineage-notes';
import { validityText } from './validity';
import { sideKey, timelineItems, type Side } from './lineage-events';
import './unit-page.css';

export interface LineageTimelineProps {
  code: string;
  /** The day the page shows: its version is marked as the one being read. */
  at: string;
  /** The page of a unit on a day. */
  unitHref: (unit: LineageLink['unit'], at: string) => string;
}

export function LineageTimeline({ code, at, unitHref }: LineageTimelineProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const lineage = useUnitLineage(code);

  let body;
  if (lineage.isPending) body = <Skeleton lines={4} label={t('unitPage.timeline.loading')} />;
  else if (lineage.isError) body = <ApiErrorNotice error={lineage.error} onRetry={() => void lineage.refetch()} />;
  else if (!lineage.data) body = <EmptyState title={t('unitPage.timeline.unknown', { code })} />;
  else {
    const items = timelineItems(lineage.data);
    const shown = versionAt(lineage.data.versions, at)?.unit;
    const name = (u: { name: string; code: string }) => t('shell.scope', { name: u.name, code: u.code });
    const isShown = (side: Side) => shown !== undefined && sideKey(side) === sideKey(shown);
    const sideLink = (side: Side, day: string) => (
      <li key={sideKey(side)}>
        {isShown(side) ? <strong>{name(side)}</strong> : <Link to={unitHref(side, day)}>{name(side)}</Link>}
        {side.part === 'partial' ? (
          <span className="timeline__part">
            {' '}
            {side.share !== null && side.share !== undefined
              ? t('unitPage.timeline.share', { share: formatPercent(100 * side.share, language, 1) })
              : t('lineage.partial')}
          </span>
        ) : null}
      </li>
    );
    body = (
      <>
        <ol className="timeline" data-testid="lineage-timeline">
          {items.map((item) =>
            item.type === 'event' ? (
              <li key={item.key} className="timeline__item timeline__item--event">
                <p className="timeline__when">
                  {item.date ? <time dateTime={item.date}>{formatDate(item.date, language)}</time> : t('unitPage.timeline.noDate')}
                  {' · '}
                  <span className="timeline__kind">{lineageKindLabel(item.kind, t)}</span>
                </p>
                {item.from.length ? (
                  <div className="timeline__sides">
                    <p className="timeline__side-label">{t('unitPage.timeline.from')}</p>
                    <ul>{item.from.map((side) => sideLink(side, side.validTo ? dayBefore(side.validTo) : (item.date ?? at)))}</ul>
                  </div>
                ) : null}
                {item.into.length ? (
                  <div className="timeline__sides">
                    <p className="timeline__side-label">{t('unitPage.timeline.into')}</p>
                    <ul>{item.into.map((side) => sideLink(side, side.validFrom ?? item.date ?? at))}</ul>
                  </div>
                ) : null}
                <p className="timeline__basis">{item.legalBasis ? t('lineage.legalBasis', { basis: item.legalBasis }) : t('unitPage.timeline.noBasis')}</p>
              </li>
            ) : (
              <li
                key={item.key}
                className={['timeline__item', 'timeline__item--version', item.unit === shown ? 'is-shown' : ''].filter(Boolean).join(' ')}
                aria-current={item.unit === shown ? 'true' : undefined}
              >
                <p className="timeline__when">{validityText(item.unit, t, language)}</p>
                <p className="timeline__version">
                  {item.unit === shown ? (
                    <>
                      <strong>{item.unit.fullName || name(item.unit)}</strong> ({item.unit.code}) <Badge tone="info">{t('unitPage.timeline.shown')}</Badge>
                    </>
                  ) : (
                    <Link to={unitHref(item.unit, item.unit.validTo ? dayBefore(item.unit.validTo) : (item.unit.validFrom ?? at))}>
                      {item.unit.fullName || item.unit.name} ({item.unit.code})
                    </Link>
                  )}
                </p>
              </li>
            ),
          )}
        </ol>
        {items.every((i) => i.type === 'version') ? <p className="timeline__none">{t('lineage.none')}</p> : null}
      </>
    );
  }
  return (
    <Card title={t('unitPage.timeline.title')} className="unit-page__timeline">
      {body}
    </Card>
  );
}
