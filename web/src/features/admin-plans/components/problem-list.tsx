/** The problems of a refused write, each with the field it names (422 VALIDATION_FAILED, 409 CONFLICT), or the error as a notice. */
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/ui/notice';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';

export function ProblemList({ error, title, describeField }: { error: unknown; title: string; describeField?: (field: string) => string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const details = error instanceof ApiError ? error.details.filter((d) => d.field) : [];
  if (details.length === 0) return <ApiErrorNotice error={error} />;
  return (
    <Notice tone="danger" title={title}>
      <ul className="admin-plans__problems">
        {details.map((d, i) => (
          <li key={i}>
            {t('adminPlans.problemAt', { field: describeField ? describeField(d.field!) : d.field, message: localMessage(d.message ?? '', language) })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
