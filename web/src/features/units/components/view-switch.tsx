/** "Như đã báo cáo" (the tree of the period) / "Theo địa giới hiện nay" (history mapped onto today's units). */
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import type { View } from '@/lib/api/types';

export function ViewSwitch({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup<View>
      legend={t('view.label')}
      value={value}
      onChange={onChange}
      choices={[
        { value: 'was', label: t('view.was'), hint: t('view.wasHint') },
        { value: 'now', label: t('view.now'), hint: t('view.nowHint') },
      ]}
    />
  );
}
