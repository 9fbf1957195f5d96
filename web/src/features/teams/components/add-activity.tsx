/** The form recording a team's activity (day held, what was done, people supported), for those who may write the commune. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useAddActivity } from '../api/teams';

export function AddActivity({ id, today }: { id: number; today: string }) {
  const { t } = useTranslation();
  const add = useAddActivity(id);
  const [heldOn, setHeldOn] = useState(today);
  const [title, setTitle] = useState('');
  const [people, setPeople] = useState('0');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const peopleSupported = Number(people);
    add.mutate(
      { heldOn, title: title.trim(), peopleSupported: Number.isInteger(peopleSupported) && peopleSupported >= 0 ? peopleSupported : 0 },
      { onSuccess: () => setTitle('') },
    );
  };
  return (
    <form className="teams__form" onSubmit={submit} data-testid="add-activity">
      <DateField label={t('teams.addActivity.heldOn')} value={heldOn} onChange={setHeldOn} required />
      <TextField label={t('teams.addActivity.what')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      <TextField
        label={t('teams.addActivity.people')}
        value={people}
        onChange={(e) => setPeople(e.target.value)}
        inputMode="numeric"
        type="number"
        min={0}
        max={1000000}
      />
      <Button variant="primary" type="submit" disabled={add.isPending}>
        {t('teams.addActivity.submit')}
      </Button>
      {add.isSuccess ? <Notice tone="success">{t('teams.addActivity.saved')}</Notice> : null}
      {add.isError ? <ApiErrorNotice error={add.error} /> : null}
    </form>
  );
}
