/**
 * "Mất kết nối, đang thử lại": shown while the server does not answer the live poll (the figures on screen are the
 * last ones read); gone by itself when it answers again. A live region, so a screen reader hears both.
 */
import { useTranslation } from 'react-i18next';
import './ui.css';

export function ConnectionStatus({ connected, large = false }: { connected: boolean; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="ui-connection" role="status" aria-live="polite" data-testid="connection-status">
      {connected ? null : (
        <span className={['ui-connection__lost', large ? 'ui-connection__lost--large' : ''].filter(Boolean).join(' ')}>
          <span className="ui-connection__dot" aria-hidden="true" />
          {t('connection.lost')}
        </span>
      )}
    </div>
  );
}
