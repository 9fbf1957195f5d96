/** A public dataset's two downloads, CSV (for Excel) and JSON, of the same path and query. */
import { useTranslation } from 'react-i18next';

export function DownloadLinks({ path, query = '' }: { path: string; query?: string }) {
  const { t } = useTranslation();
  const search = query ? `?${query}` : '';
  return (
    <p className="open-data__downloads">
      <a className="ui-button ui-button--primary ui-button--small" href={`${path}.csv${search}`} download data-testid="open-data-csv">
        {t('openData.indicator.csv')}
      </a>
      <a className="ui-button ui-button--secondary ui-button--small" href={`${path}${search}`}>
        {t('openData.indicator.json')}
      </a>
    </p>
  );
}
