/** Every account (GET /users): name, role, state, units; "Sửa" opens the person's editor in place. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/notice';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format';
import type { AdminUser, UserRole } from '../api/types';
import { scopeLabel } from './scope-label';
import { UserEditor } from './user-editor';
import type { PickUnit } from './unit-adder';

export interface UserListProps {
  users: AdminUser[];
  self: string;
  today: string;
  initialUnit: string;
  pickUnit: PickUnit;
}

export function UserList({ users, self, today, initialUnit, pickUnit }: UserListProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [open, setOpen] = useState<string | null>(null);
  if (!users.length) {
    return (
      <EmptyState title={t('adminPeople.users.empty')}>
        <p>{t('adminPeople.users.emptyHelp')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="admin-people__list" aria-label={t('adminPeople.users.title')}>
      {users.map((user) => (
        <li key={user.username} className="admin-people__item" data-testid={`user-${user.username}`}>
          <div className="admin-people__item-head">
            <div>
              <p className="admin-people__item-name">
                <strong>{user.username}</strong>
                {user.username === self ? ` (${t('adminPeople.users.you')})` : ''}
                {user.displayName ? ` · ${user.displayName}` : ''}
              </p>
              <p className="admin-people__item-meta">
                <Badge tone="info">{t(`role.${user.role as UserRole}`)}</Badge>{' '}
                <Badge tone={user.disabled ? 'danger' : 'success'}>{user.disabled ? t('adminPeople.users.disabled') : t('adminPeople.users.active')}</Badge>{' '}
                <span>{user.scopes.length ? user.scopes.map((s) => scopeLabel(s, t, language)).join('; ') : t('adminPeople.users.noScope')}</span>
              </p>
              <p className="admin-people__item-meta">{t('adminPeople.users.createdAt', { when: formatDateTime(user.createdAt, language) })}</p>
            </div>
            <Button size="small" onClick={() => setOpen(open === user.username ? null : user.username)} aria-expanded={open === user.username}>
              {open === user.username ? t('adminPeople.users.close') : t('adminPeople.users.manage')}
            </Button>
          </div>
          {open === user.username ? <UserEditor user={user} today={today} initialUnit={initialUnit} pickUnit={pickUnit} /> : null}
        </li>
      ))}
    </ul>
  );
}
