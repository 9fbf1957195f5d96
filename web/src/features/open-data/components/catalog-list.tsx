/**
 * The catalogue (/du-lieu-mo): each published dataset, grouped by kind (indicators, plans, rankings), with its
 * DCAT-style metadata — description, publisher, licence, keywords, time span, coverage, update frequency, issued
 * and modified dates in vi-VN — and its distributions as JSON/CSV download links. An empty catalogue says who
 * publishes and where.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/notice';
import { formatDate, todayInVietnam } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { Catalog, CatalogDataset } from '../api/open-data';
import { datasetPage, frequencyKey, sameSiteHref } from './dataset-links';

const KINDS = ['indicator', 'plan', 'ranking'] as const;

export function CatalogList({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  if (catalog.datasets.length === 0)
    return (
      <EmptyState title={t('openData.catalog.empty')}>
        <p>{t('openData.catalog.emptyBody')}</p>
      </EmptyState>
    );
  return (
    <>
      {KINDS.map((kind) => {
        const datasets = catalog.datasets.filter((d) => d.kind === kind);
        if (datasets.length === 0) return null;
        return (
          <section key={kind} className="open-data__group" aria-labelledby={`open-data-${kind}`}>
            <h2 id={`open-data-${kind}`}>
              {t(`openData.catalog.groups.${kind}`)} <span className="open-data__count">({datasets.length})</span>
            </h2>
            <ul className="open-data__datasets">
              {datasets.map((dataset) => (
                <DatasetItem key={dataset.identifier} dataset={dataset} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function DatasetItem({ dataset }: { dataset: CatalogDataset }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const page = datasetPage(dataset);
  const frequency = frequencyKey(dataset.accrualPeriodicity);
  const none = t('openData.catalog.none');
  return (
    <li className="open-data__dataset" data-testid="open-data-dataset" data-identifier={dataset.identifier}>
      <h3 className="open-data__dataset-title">{page ? <Link to={page}>{dataset.title}</Link> : dataset.title}</h3>
      <p className="open-data__description">{dataset.description}</p>
      <dl className="open-data__meta">
        <div>
          <dt>{t('openData.catalog.publisher')}</dt>
          <dd>{dataset.publisher}</dd>
        </div>
        <div>
          <dt>{t('openData.catalog.license')}</dt>
          <dd>
            <a href={dataset.license.url} rel="license noreferrer" target="_blank">
              {dataset.license.title}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t('openData.catalog.temporal')}</dt>
          <dd>
            {dataset.temporal
              ? t('openData.catalog.temporalValue', { start: formatDate(dataset.temporal.start, language), end: formatDate(dataset.temporal.end, language) })
              : none}
          </dd>
        </div>
        <div>
          <dt>{t('openData.catalog.spatial')}</dt>
          <dd>{dataset.spatial.length ? dataset.spatial.join(', ') : none}</dd>
        </div>
        <div>
          <dt>{t('openData.catalog.frequency')}</dt>
          <dd>{frequency ? t(`openData.frequency.${frequency}`) : none}</dd>
        </div>
        <div>
          <dt>{t('openData.catalog.modified')}</dt>
          <dd data-testid="open-data-modified">{formatDate(todayInVietnam(new Date(dataset.modified)), language)}</dd>
        </div>
        <div className="open-data__meta-wide">
          <dt>{t('openData.catalog.keywords')}</dt>
          <dd className="open-data__keywords">
            {dataset.keywords.map((keyword) => (
              <Badge key={keyword}>{keyword}</Badge>
            ))}
          </dd>
        </div>
      </dl>
      <p className="open-data__downloads">
        {page ? (
          <Link className="ui-button ui-button--primary ui-button--small" to={page}>
            {t('openData.catalog.open')}
          </Link>
        ) : null}
        <span className="open-data__downloads-label">{t('openData.catalog.downloads')}:</span>
        {dataset.distributions.map((d) => (
          <a key={d.downloadURL} className="ui-button ui-button--secondary ui-button--small" href={sameSiteHref(d.downloadURL)} type={d.mediaType} download>
            {d.format}
          </a>
        ))}
      </p>
    </li>
  );
}
