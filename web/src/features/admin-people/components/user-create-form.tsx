/** The form that adds a person (POST /users): the API's refusals shown at their fields, the form kept as typed. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { useLanguage } from '@/lib/i18n';
import { useCreateUser } from '../api/users';
import { USER_ROLES, type UserRole } from '../api/types';
import { formErrors } from './field-errors';
import { UnitListField } from './unit-list-field';
import type { PickUnit } from './unit-adder';

export interface UserCreateFormProps {
  today: string;
  initialUnit: string;
  pickUnit: PickUnit;
}

export function UserCreateForm({ today, initialUnit, pickUnit }: UserCreateFormProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<UserRole>('reporter');
  const [units, setUnits] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const errors = formErrors(create.error, t, language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    create.mutate(
      { username: username.trim(), displayName: displayName.trim() || null, role, units, password },
      {
        onSuccess: (user) => {
          setDone(user.username);
          setUsername('');
          setDisplayName('');
          setUnits([]);
          setPassword('');
        },
      },
    );
  };

  return (
    <form className="admin-people__form" onSubmit={submit} noValidate aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t('adminPeople.users.createTitle')}</h2>
      {errors.summary ? <Notice tone="danger" title={errors.summary} /> : null}
      {done ? <Notice tone="success" title={t('adminPeople.users.created', { username: done })} /> : null}
      <TextField
        label={t('adminPeople.users.username')}
        hint={t('adminPeople.users.usernameHint')}
        error={errors.fields.username}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        name="username"
      />
      <TextField
        label={t('adminPeople.users.displayName')}
        hint={t('adminPeople.users.displayNameHint')}
        error={errors.fields.displayName}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        maxLength={200}
        name="displayName"
      />
      <SelectField
        label={t('adminPeople.users.role')}
        value={role}
        onChange={(value) => setRole(value as UserRole)}
        options={USER_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        name="role"
      />
      {errors.fields.role ? <p className="ui-field__error">{errors.fields.role}</p> : null}
      <UnitListField
        value={units}
        onChange={setUnits}
        today={today}
        initialUnit={initialUnit}
        pickUnit={pickUnit}
        error={errors.fields.units}
        hint={t('adminPeople.units.allHint')}
      />
      <TextField
        type="password"
        label={t('adminPeople.users.password')}
        hint={t('adminPeople.users.passwordHint')}
        error={errors.fields.password}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="new-password"
        maxLength={1024}
        name="password"
      />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('adminPeople.users.creating') : t('adminPeople.users.create')}
      </Button>
    </form>
  );
}
