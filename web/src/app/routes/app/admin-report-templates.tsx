/**
 * /admin/report-templates (Mẫu câu báo cáo): the sentences the progress report is worded from, each kind with its
 * placeholders, its default and the wording in use; an administrator rewords one or resets it to the default.
 * The next preview on /reports reads the new wording. Admins only.
 */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useReportTemplates } from '@/features/report-templates/api/report-templates-api';
import { TemplateGroups } from '@/features/report-templates/components/template-groups';
import { useDocumentTitle } from '@/lib/use-document-title';
import { RequireAbility } from '../../require-ability';

export function AdminReportTemplatesRoute() {
  return (
    <RequireAbility ability="manage">
      <AdminReportTemplates />
    </RequireAbility>
  );
}

function AdminReportTemplates() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const templates = useReportTemplates();
  useDocumentTitle(t('reportTemplates.title'));
  return (
    <>
      <header className="page-header">
        <p className="page-header__back">
          <Link to={{ pathname: '/admin', search: search.toString() }}>{t('reportTemplates.back')}</Link>
        </p>
        <h1>{t('reportTemplates.title')}</h1>
        <p className="page-header__context">{t('reportTemplates.intro')}</p>
        <p className="page-header__links">
          <Link to={{ pathname: '/reports', search: search.toString() }}>{t('reportTemplates.toReports')}</Link>
        </p>
      </header>
      {templates.isPending ? <Skeleton lines={6} label={t('reportTemplates.loading')} /> : null}
      {templates.isError ? <ApiErrorNotice error={templates.error} onRetry={() => void templates.refetch()} /> : null}
      {templates.data ? <TemplateGroups templates={templates.data} /> : null}
    </>
  );
}
