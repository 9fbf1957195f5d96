/** /entry (Báo cáo của tôi): the forms of the caller's units, for callers who may write values. */
import { RequireAbility } from '../../require-ability';
import { MyReports } from '@/features/entry/components/my-reports';

export function EntryRoute() {
  return (
    <RequireAbility ability="write_values">
      <MyReports />
    </RequireAbility>
  );
}
