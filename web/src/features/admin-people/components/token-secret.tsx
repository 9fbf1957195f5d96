/**
 * A new token's secret, shown once: it lives in this component's state only (a wrapped, selectable code block: the whole secret visible) (not in the query cache, the URL or
 * storage), so leaving or reloading the page loses it for good — the warning says so; a copy button beside it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

export function TokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ref = useRef<HTMLDivElement>(null);
  // Shown where the form was: brought into view, so on a phone it is not missed below the list.
  useEffect(() => ref.current?.scrollIntoView({ block: 'start' }), []);
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="admin-people__secret" data-testid="token-secret" ref={ref}>
      <Notice tone="warning" title={t('adminPeople.tokens.secretTitle', { name })}>
        <p>{t('adminPeople.tokens.secretWarning')}</p>
      </Notice>
      <p className="ui-field__label" id="token-secret-label">
        {t('adminPeople.tokens.secretLabel')}
      </p>
      <div className="admin-people__secret-row">
        <code className="admin-people__secret-value" aria-labelledby="token-secret-label" data-testid="token-secret-value">
          {secret}
        </code>
        <Button variant="primary" onClick={() => void copySecret()}>
          {copy === 'copied' ? t('adminPeople.tokens.copied') : t('adminPeople.tokens.copy')}
        </Button>
      </div>
      {copy === 'failed' ? <p className="ui-field__error">{t('adminPeople.tokens.copyFailed')}</p> : null}
      <Button onClick={onDone}>{t('adminPeople.tokens.done')}</Button>
    </div>
  );
}
