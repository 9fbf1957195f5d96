/**
 * /admin/users, /admin/tokens, /admin/audit: the people, the API tokens and the audit trail (features/admin-people),
 * for callers with the `manage` ability; the app's unit picker (features/units) is handed to the forms here, where
 * features are composed.
 */
import { RequireAbility } from '../../require-ability';
import { screenSearch } from '@/lib/screen-params';
import { UnitPicker } from '@/features/units/components/unit-picker';
import { UsersScreen } from '@/features/admin-people/components/users-screen';
import { TokensScreen } from '@/features/admin-people/components/tokens-screen';
import { AuditScreen } from '@/features/admin-people/components/audit-screen';
import type { PickUnit } from '@/features/admin-people/components/unit-adder';
import { useScreen } from './root';

const pickUnit: PickUnit = ({ value, at, onChange }) => <UnitPicker value={value} at={at} onChange={onChange} />;

function useAdminProps() {
  const { me, params, today } = useScreen();
  return { self: me.actor.name, today, initialUnit: params.unit, pickUnit, backHref: `/admin${screenSearch(params)}` };
}

function Users() {
  return <UsersScreen {...useAdminProps()} />;
}

function Tokens() {
  const { today, initialUnit, backHref } = useAdminProps();
  return <TokensScreen today={today} initialUnit={initialUnit} pickUnit={pickUnit} backHref={backHref} />;
}

function Audit() {
  return <AuditScreen backHref={useAdminProps().backHref} />;
}

export function AdminUsersRoute() {
  return (
    <RequireAbility ability="manage">
      <Users />
    </RequireAbility>
  );
}

export function AdminTokensRoute() {
  return (
    <RequireAbility ability="manage">
      <Tokens />
    </RequireAbility>
  );
}

export function AdminAuditRoute() {
  return (
    <RequireAbility ability="manage">
      <Audit />
    </RequireAbility>
  );
}
