/** Every API token (GET /tokens): units, elements, state; revoking one asks first, in a dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState, Notice } from '@/components/ui/notice';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format';
import { useRevokeToken } from '../api/tokens';
import type { AdminToken } from '../api/types';
import { formErrors } from './field-errors';
import { scopeLabel } from './scope-label';

export function TokenList({ tokens }: { tokens: AdminToken[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const revoke = useRevokeToken();
  const [asking, setAsking] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = formErrors(revoke.error, t, language);
  if (!tokens.length) {
    return (
      <EmptyState title={t('adminPeople.tokens.empty')}>
        <p>{t('adminPeople.tokens.emptyHelp')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      {done ? <Notice tone="success" title={done} /> : null}
      {errors.summary ? <Notice tone="danger" title={errors.summary} /> : null}
      <ul className="admin-people__list" aria-label={t('adminPeople.tokens.title')}>
        {tokens.map((token) => (
          <li key={token.name} className="admin-people__item" data-testid={`token-${token.name}`}>
            <div className="admin-people__item-head">
              <div>
                <p className="admin-people__item-name">
                  <strong>{token.name}</strong>{' '}
                  <Badge tone={token.revokedAt ? 'danger' : 'success'}>
                    {token.revokedAt ? t('adminPeople.tokens.revoked', { when: formatDateTime(token.revokedAt, language) }) : t('adminPeople.tokens.live')}
                  </Badge>
                </p>
                <p className="admin-people__item-meta">
                  {t('adminPeople.tokens.units')}: {token.scopes.map((s) => scopeLabel(s, t, language)).join('; ')}
                </p>
                <p className="admin-people__item-meta">
                  {t('adminPeople.tokens.elements')}: {token.elements.length ? token.elements.join(', ') : t('adminPeople.tokens.allElements')}
                </p>
                <p className="admin-people__item-meta">
                  {t('adminPeople.tokens.createdAt')} {formatDateTime(token.createdAt, language)}
                </p>
              </div>
              {token.revokedAt ? null : (
                <Button size="small" onClick={() => setAsking(token.name)}>
                  {t('adminPeople.tokens.revoke')}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <Dialog
        open={asking !== null}
        title={t('adminPeople.tokens.revokeTitle', { name: asking ?? '' })}
        closeLabel={t('adminPeople.tokens.cancel')}
        onClose={() => setAsking(null)}
      >
        <p>{t('adminPeople.tokens.revokeBody')}</p>
        <div className="admin-people__actions">
          <Button
            variant="primary"
            disabled={revoke.isPending}
            data-autofocus
            onClick={() => {
              const name = asking ?? '';
              setDone(null);
              revoke.mutate(name, { onSuccess: () => setDone(t('adminPeople.tokens.revokedDone', { name })), onSettled: () => setAsking(null) });
            }}
          >
            {t('adminPeople.tokens.revokeConfirm')}
          </Button>
          <Button variant="quiet" onClick={() => setAsking(null)}>
            {t('adminPeople.tokens.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
