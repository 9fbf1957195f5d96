/** The form that creates an API token (POST /tokens): name, units, data elements; then its secret, once. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { useLanguage } from '@/lib/i18n';
import { useCreateToken } from '../api/tokens';
import { formErrors } from './field-errors';
import { TokenSecret } from './token-secret';
import type { PickUnit } from './unit-adder';
import { UnitListField } from './unit-list-field';

export function TokenCreateForm({ today, initialUnit, pickUnit }: { today: string; initialUnit: string; pickUnit: PickUnit }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [units, setUnits] = useState<string[]>([]);
  const [elements, setElements] = useState('');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const errors = formErrors(create.error, t, language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const codes = elements
      .split(/[\s,;]+/)
      .map((code) => code.trim())
      .filter(Boolean);
    create.mutate(
      { name: name.trim(), units, elements: codes },
      {
        onSuccess: (answer) => {
          setSecret({ name: answer.token.name, secret: answer.secret });
          setName('');
          setUnits([]);
          setElements('');
        },
      },
    );
  };

  if (secret) return <TokenSecret name={secret.name} secret={secret.secret} onDone={() => setSecret(null)} />;
  return (
    <form className="admin-people__form" onSubmit={submit} noValidate aria-labelledby="token-create-title">
      <h2 id="token-create-title">{t('adminPeople.tokens.createTitle')}</h2>
      {errors.summary ? <Notice tone="danger" title={errors.summary} /> : null}
      <TextField
        label={t('adminPeople.tokens.name')}
        hint={t('adminPeople.tokens.nameHint')}
        error={errors.fields.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        name="name"
      />
      <UnitListField value={units} onChange={setUnits} today={today} initialUnit={initialUnit} pickUnit={pickUnit} error={errors.fields.units} />
      <TextField
        label={t('adminPeople.tokens.elements')}
        hint={t('adminPeople.tokens.elementsHint')}
        error={errors.fields.elements}
        value={elements}
        onChange={(event) => setElements(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={4000}
        name="elements"
      />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('adminPeople.tokens.creating') : t('adminPeople.tokens.create')}
      </Button>
    </form>
  );
}
