/** /entry/:dataset/:unit/:period: one form to fill in, save as a draft and submit. */
import { useParams } from 'react-router';
import { RequireAbility } from '../../require-ability';
import { ReportForm } from '@/features/entry/components/report-form';
import { useScreen } from './root';

export function EntryFormRoute() {
  const { dataset = '', unit = '', period = '' } = useParams();
  const { me } = useScreen();
  return (
    <RequireAbility ability="write_values">
      <ReportForm key={`${dataset}|${unit}|${period}`} formRef={{ dataset, unit, period }} user={me.actor.name} />
    </RequireAbility>
  );
}
