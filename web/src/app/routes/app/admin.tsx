/** /admin (Quản trị): the administrator's sections, each a link to its screen under /admin/…. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAbility } from '../../require-ability';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScreen } from './root';

/** The sections in the order an installation sets them up; each path is a route of router.tsx. */
export const ADMIN_SECTIONS = [
  'elements',
  'indicators',
  'datasets',
  'plans',
  'frameworks',
  'report-templates',
  'units',
  'users',
  'tokens',
  'open-data',
  'audit',
] as const;

export function AdminRoute() {
  return (
    <RequireAbility ability="manage">
      <AdminHome />
    </RequireAbility>
  );
}

function AdminHome() {
  const { t } = useTranslation();
  const { params } = useScreen();
  useDocumentTitle(t('admin.title'));
  return (
    <>
      <header className="page-header">
        <h1>{t('admin.title')}</h1>
        <p className="page-header__context">{t('admin.intro')}</p>
      </header>
      <ul className="admin-home">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section} className="admin-home__item">
            <Link to={{ pathname: `/admin/${section}`, search: screenSearch(params) }}>{t(`admin.sections.${section}.title`)}</Link>
            <p>{t(`admin.sections.${section}.body`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
