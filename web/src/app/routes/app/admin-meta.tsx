/**
 * /admin/elements, /admin/indicators, /admin/datasets: the administrator's definitions (features/admin-meta), each
 * under the page header with the way back to /admin. The indicator editor previews for the screen's unit and
 * period (the header's pickers, kept in the URL).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAbility } from '../../require-ability';
import { screenSearch } from '@/lib/screen-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ElementsAdmin } from '@/features/admin-meta/components/elements-admin';
import { IndicatorsAdmin } from '@/features/admin-meta/components/indicators-admin';
import { DatasetsAdmin } from '@/features/admin-meta/components/datasets-admin';
import { useScreen } from './root';

type Section = 'elements' | 'indicators' | 'datasets';

function AdminPage({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useTranslation();
  const { params } = useScreen();
  useDocumentTitle(t(`adminMeta.${section}.title`));
  return (
    <RequireAbility ability="manage">
      <header className="page-header">
        <p>
          <Link to={{ pathname: '/admin', search: screenSearch(params) }}>← {t('adminMeta.back')}</Link>
        </p>
        <h1>{t(`adminMeta.${section}.title`)}</h1>
        <p className="page-header__context">{t(`adminMeta.${section}.intro`)}</p>
      </header>
      {children}
    </RequireAbility>
  );
}

export function AdminElementsRoute() {
  return (
    <AdminPage section="elements">
      <ElementsAdmin />
    </AdminPage>
  );
}

export function AdminIndicatorsRoute() {
  const { params } = useScreen();
  return (
    <AdminPage section="indicators">
      <IndicatorsAdmin unit={params.unit} period={params.period} />
    </AdminPage>
  );
}

export function AdminDatasetsRoute() {
  return (
    <AdminPage section="datasets">
      <DatasetsAdmin />
    </AdminPage>
  );
}
