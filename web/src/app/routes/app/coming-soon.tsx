/** The body of a section whose screen comes in a later release: what it will be and how to do it meanwhile. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/notice';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';

export function ComingSoon({ name, body }: { name: string; body: string }) {
  const { t } = useTranslation();
  const { params } = useScreen();
  useDocumentTitle(name);
  return (
    <>
      <h1>{name}</h1>
      <EmptyState title={t('pages.comingTitle', { name })} actions={<Link to={{ pathname: '/', search: screenSearch(params) }}>{t('pages.backHome')}</Link>}>
        <p>{body}</p>
      </EmptyState>
    </>
  );
}
