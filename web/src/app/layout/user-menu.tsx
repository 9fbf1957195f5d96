/** The header's right side: who is signed in (name, role, units with their dates: a unit that ended shows its last day), the language and sign-out. */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { LanguageSwitch } from '@/components/language-switch';
import { useLogout } from '@/lib/auth';
import { useLanguage } from '@/lib/i18n';
import { dayBefore, formatDate } from '@/lib/format';
import type { Me } from '@/lib/api/types';
import './layout.css';

export function UserMenu({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const logout = useLogout();
  const { actor } = me;
  const units = actor.unitVersions?.length
    ? actor.unitVersions.map((v) =>
        v.validTo
          ? t('shell.scopeUntil', { name: v.name, code: v.code, date: formatDate(dayBefore(v.validTo), language) })
          : v.validFrom
            ? t('shell.scopeFrom', { name: v.name, code: v.code, date: formatDate(v.validFrom, language) })
            : t('shell.scope', { name: v.name, code: v.code }),
      )
    : actor.units.length
      ? actor.units
      : [t('shell.allUnits')];

  return (
    <>
      <div className="user-menu__who" data-testid="user-menu">
        <span className="user-menu__name">{actor.displayName ?? actor.name}</span>
        <span className="user-menu__detail">
          <span className="visually-hidden">{t('shell.role')}: </span>
          {t(`role.${actor.role}`)}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">{t('shell.units')}: </span>
          {units.join('; ')}
        </span>
      </div>
      <div className="user-menu__actions">
        <LanguageSwitch />
        <Button variant="on-dark" size="small" disabled={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: onSignedOut })}>
          {logout.isPending ? t('shell.loggingOut') : t('shell.logout')}
        </Button>
      </div>
    </>
  );
}
