/** An API error in the API's own words (the half in the reader's language), its code, and a retry button where trying again can help. */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ApiError, localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';

export function ApiErrorNotice({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.code === 'NETWORK' ? t('error.network') : apiError ? localMessage(apiError.message, language) : t('error.network');
  // Trying again helps when the network or the server failed, not when the server answered that the request is wrong.
  const retry = onRetry && (!apiError || apiError.status === 0 || apiError.status >= 500);
  return (
    <Notice tone="danger" title={title ?? t('error.title')} actions={retry ? <Button onClick={onRetry}>{t('error.retry')}</Button> : undefined}>
      <p>{message}</p>
      {apiError && apiError.code !== 'NETWORK' ? <p className="api-error__code">{t('error.code', { code: apiError.code })}</p> : null}
    </Notice>
  );
}
