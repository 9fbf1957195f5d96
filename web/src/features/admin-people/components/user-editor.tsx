/**
 * One person's changes (PATCH /users/{username}, POST /users/{username}/scopes): display name, role, disable or
 * enable (asked twice), a new password, and the unit scopes added or removed one at a time. Each refusal is
 * shown where it belongs (SELF_LOCKOUT at the role or the lock, a missing unit at the scopes).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { useLanguage } from '@/lib/i18n';
import { usePatchUser, useUserScopes } from '../api/users';
import { USER_ROLES, type AdminUser, type UserRole } from '../api/types';
import { formErrors } from './field-errors';
import { scopeLabel, scopeSpec } from './scope-label';
import { UnitAdder, type PickUnit } from './unit-adder';

export interface UserEditorProps {
  user: AdminUser;
  today: string;
  initialUnit: string;
  pickUnit: PickUnit;
}

export function UserEditor({ user, today, initialUnit, pickUnit }: UserEditorProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const patch = usePatchUser();
  const scopes = useUserScopes();
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const [role, setRole] = useState<UserRole>(user.role as UserRole);
  const [password, setPassword] = useState('');
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const patchErrors = formErrors(patch.error, t, language);
  const scopeErrors = formErrors(scopes.error, t, language);

  const send = (body: Parameters<typeof patch.mutate>[0]['patch'], message: string) => {
    setDone(null);
    scopes.reset();
    patch.mutate({ username: user.username, patch: body }, { onSuccess: () => setDone(message) });
  };
  const changeScopes = (change: { add?: string[]; remove?: string[] }, message: string) => {
    setDone(null);
    patch.reset();
    scopes.mutate({ username: user.username, change }, { onSuccess: () => setDone(message) });
  };

  return (
    <div className="admin-people__editor" data-testid={`user-editor-${user.username}`}>
      {patchErrors.summary ? <Notice tone="danger" title={patchErrors.summary} /> : null}
      {scopeErrors.summary ? <Notice tone="danger" title={scopeErrors.summary} /> : null}
      {done ? <Notice tone="success" title={done} /> : null}
      <div className="admin-people__editor-row">
        <TextField
          label={t('adminPeople.users.displayName')}
          value={displayName}
          error={patchErrors.fields.displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          maxLength={200}
        />
        <Button onClick={() => send({ displayName: displayName.trim() || null }, t('adminPeople.users.saved'))} disabled={patch.isPending}>
          {t('adminPeople.users.saveName')}
        </Button>
      </div>
      <div className="admin-people__editor-row">
        <SelectField
          label={t('adminPeople.users.changeRole')}
          value={role}
          onChange={(value) => setRole(value as UserRole)}
          options={USER_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <Button onClick={() => send({ role }, t('adminPeople.users.saved'))} disabled={patch.isPending || role === user.role}>
          {t('adminPeople.users.saveRole')}
        </Button>
      </div>
      {patchErrors.fields.role ? <p className="ui-field__error">{patchErrors.fields.role}</p> : null}
      <div className="admin-people__editor-row">
        <TextField
          type="password"
          label={t('adminPeople.users.newPassword')}
          hint={t('adminPeople.users.passwordHint')}
          value={password}
          error={patchErrors.fields.password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="new-password"
          maxLength={1024}
        />
        <Button
          onClick={() => {
            send({ password }, t('adminPeople.users.passwordReset', { username: user.username }));
            setPassword('');
          }}
          disabled={patch.isPending || !password}
        >
          {t('adminPeople.users.resetPassword')}
        </Button>
      </div>
      <section className="admin-people__editor-scopes" aria-label={t('adminPeople.users.scopesTitle')}>
        <h3>{t('adminPeople.users.scopesTitle')}</h3>
        {(scopeErrors.fields.add ?? scopeErrors.fields.remove) ? (
          <p className="ui-field__error">{scopeErrors.fields.add ?? scopeErrors.fields.remove}</p>
        ) : null}
        {user.scopes.length ? (
          <ul className="admin-people__chips">
            {user.scopes.map((scope) => (
              <li key={`${scope.code}@${scope.validFrom ?? ''}`} className="admin-people__chip">
                <span>{scopeLabel(scope, t, language)}</span>
                <Button
                  size="small"
                  variant="quiet"
                  disabled={scopes.isPending}
                  onClick={() => changeScopes({ remove: [scopeSpec(scope)] }, t('adminPeople.users.scopeRemoved', { code: scope.code }))}
                >
                  {t('adminPeople.users.removeScope')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="admin-people__none">{t('adminPeople.users.noScope')}</p>
        )}
        <UnitAdder
          today={today}
          initialUnit={initialUnit}
          pickUnit={pickUnit}
          addLabel={t('adminPeople.users.addScope')}
          disabled={scopes.isPending}
          onAdd={(spec) => changeScopes({ add: [spec] }, t('adminPeople.users.scopeAdded', { count: 1 }))}
        />
      </section>
      <div className="admin-people__editor-row">
        {user.disabled ? (
          <Button onClick={() => send({ disabled: false }, t('adminPeople.users.saved'))} disabled={patch.isPending}>
            {t('adminPeople.users.enable')}
          </Button>
        ) : confirmDisable ? (
          <div className="admin-people__confirm" role="group" aria-label={t('adminPeople.users.disable')}>
            <p>{t('adminPeople.users.disableConfirm', { username: user.username })}</p>
            <Button
              variant="primary"
              onClick={() => {
                setConfirmDisable(false);
                send({ disabled: true }, t('adminPeople.users.saved'));
              }}
            >
              {t('adminPeople.users.disable')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirmDisable(false)}>
              {t('adminPeople.tokens.cancel')}
            </Button>
          </div>
        ) : (
          <Button onClick={() => setConfirmDisable(true)} disabled={patch.isPending}>
            {t('adminPeople.users.disable')}
          </Button>
        )}
      </div>
      {patchErrors.fields.disabled ? <p className="ui-field__error">{patchErrors.fields.disabled}</p> : null}
    </div>
  );
}
