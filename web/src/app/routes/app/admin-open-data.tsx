/**
 * /admin/open-data (Dữ liệu mở): what the public portal shows — indicators and ranking editions with their
 * publication state, published or unpublished here. Admins only.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicationsAdmin } from '@/features/open-data/components/publications-admin';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';
import { useScreen } from './root';
import '@/features/admin-plans/components/admin-plans.css';
import '@/features/open-data/components/open-data.css';

export function AdminOpenDataRoute() {
  return (
    <RequireAbility ability="manage">
      <AdminOpenData />
    </RequireAbility>
  );
}

function AdminOpenData() {
  const { t } = useTranslation();
  const { params } = useScreen();
  useDocumentTitle(t('openData.admin.title'));
  return (
    <>
      <header className="page-header">
        <p className="page-header__back">
          <Link to={{ pathname: '/admin', search: screenSearch(params) }}>{t('openData.admin.back')}</Link>
        </p>
        <h1>{t('openData.admin.title')}</h1>
        <p className="page-header__context">
          {t('openData.admin.intro')}{' '}
          <Link to="/du-lieu-mo" target="_blank">
            {t('openData.admin.portal')}
          </Link>
        </p>
      </header>
      <div className="admin-plans">
        <PublicationsAdmin />
      </div>
    </>
  );
}
