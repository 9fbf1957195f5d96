/** Any other path inside the app: says so, and leads back to the overview. */
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/notice';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { params } = useScreen();
  useDocumentTitle(t('pages.notFoundTitle'));
  return (
    <>
      <h1>{t('pages.notFoundTitle')}</h1>
      <EmptyState
        title={t('pages.notFoundBody', { path: pathname })}
        actions={<Link to={{ pathname: '/', search: screenSearch(params) }}>{t('pages.backHome')}</Link>}
      />
    </>
  );
}
