/**
 * Where a report is, for a citizen without a map point: type the commune's name (accents optional), pick it
 * from the matches (each with its province). The chosen commune shows with a button to change it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useFeedbackPlaces } from '../api/public-feedback';

export interface Place {
  code: string;
  name: string;
  province: string | null;
}

export function placeLabel(place: Place): string {
  return place.province ? `${place.name}, ${place.province}` : place.name;
}

export function PlacePicker({ value, onChange, error }: { value: Place | null; onChange: (place: Place | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed);
  const places = useFeedbackPlaces(q);
  if (value)
    return (
      <p className="feeds__chosen" data-testid="feedback-place">
        {t('feedback.file.placeChosen', { place: placeLabel(value) })}{' '}
        <Button size="small" onClick={() => onChange(null)}>
          {t('feedback.file.placeChange')}
        </Button>
      </p>
    );
  const items = places.data?.items ?? [];
  return (
    <div>
      <TextField
        label={t('feedback.file.place')}
        hint={t('feedback.file.placeHint')}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        error={error}
      />
      {q.trim().length >= 2 && places.isSuccess && items.length === 0 ? <p className="feeds__note">{t('feedback.file.placeNone', { q })}</p> : null}
      {items.length > 0 ? (
        <ul className="feeds__places" aria-label={t('feedback.file.placeMatches')}>
          {items.map((place) => (
            <li key={place.code}>
              <Button variant="quiet" onClick={() => onChange(place)}>
                {placeLabel(place)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
