/**
 * The citizen's form (/phan-anh/gui): the kind of problem (with its deadline), what happened, where — the
 * phone's location or a commune picked by name, and an address —, up to five photos, and optionally a name and a
 * contact (never public; "hide my name" hides it from the handling unit too). Checked here first (a missing
 * field, a photo too large or not JPEG/PNG is named before anything is sent), then by the server, whose named
 * problems land on their fields. The report is filed first, then each photo with its secret.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { Button } from '@/components/ui/button';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { FilePicker } from '@/components/ui/file-picker';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { ApiError } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { PHOTO_LIMITS, useFeedbackCategories, useFileFeedback, type FiledWithPhotos } from '../api/public-feedback';
import { PlacePicker, type Place } from './place-picker';

type Where = 'point' | 'place';
type Point = { lat: number; long: number };
type Problems = Partial<Record<'category' | 'description' | 'where' | 'photos' | 'address' | 'reporterName' | 'reporterContact', string>>;

/** The server's bounds (domain/feedback.ts FEEDBACK_LIMITS, feedbackProblems). */
const DESCRIPTION_MIN = 10;
const DESCRIPTION_MAX = 4000;

/** The server's named problems (422 details `{field, message}`) on the form's fields. */
function serverProblems(error: unknown): Problems {
  if (!(error instanceof ApiError) || error.status !== 422) return {};
  const problems: Problems = {};
  for (const d of error.details) {
    const field = typeof d.field === 'string' ? d.field : '';
    const key = field === 'lat' || field === 'long' || field === 'unit' ? 'where' : field;
    if (key in { category: 1, description: 1, where: 1, address: 1, reporterName: 1, reporterContact: 1 } && typeof d.message === 'string')
      problems[key as keyof Problems] ??= d.message;
  }
  return problems;
}

export function FeedbackForm({ onFiled }: { onFiled: (filed: FiledWithPhotos, place: Place | null) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const categories = useFeedbackCategories();
  const file = useFileFeedback();
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [where, setWhere] = useState<Where>('place');
  const [point, setPoint] = useState<Point | null>(null);
  const [locating, setLocating] = useState(false);
  const [place, setPlace] = useState<Place | null>(null);
  const [address, setAddress] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [hideName, setHideName] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const shown = { ...serverProblems(file.error), ...problems };
  /** A field's own problem goes as soon as it is changed (the others stay until the next try). */
  const edited = (field: keyof Problems) => {
    if (problems[field]) setProblems({ ...problems, [field]: undefined });
    if (file.isError) file.reset();
  };
  const chosen = categories.data?.find((c) => c.code === category);

  const locate = () => {
    if (!navigator.geolocation) return setProblems({ ...problems, where: t('feedback.file.noGeolocation') });
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        setPoint({ lat: Number(position.coords.latitude.toFixed(6)), long: Number(position.coords.longitude.toFixed(6)) });
        setProblems({ ...problems, where: undefined });
      },
      () => {
        setLocating(false);
        setProblems({ ...problems, where: t('feedback.file.geolocationDenied') });
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const check = (): Problems => {
    const found: Problems = {};
    if (!category) found.category = t('feedback.file.need.category');
    if (!description.trim()) found.description = t('feedback.file.need.description');
    else if (description.trim().length < DESCRIPTION_MIN) found.description = t('feedback.file.need.longer', { min: DESCRIPTION_MIN });
    if (where === 'point' && !point) found.where = t('feedback.file.need.point');
    if (where === 'place' && !place) found.where = t('feedback.file.need.place');
    if (photos.length > PHOTO_LIMITS.count) found.photos = t('feedback.file.photoCount', { max: PHOTO_LIMITS.count });
    const wrong = photos.find((p) => !(PHOTO_LIMITS.types as readonly string[]).includes(p.type));
    const large = photos.find((p) => p.size > PHOTO_LIMITS.bytes);
    if (wrong) found.photos = t('feedback.file.photoType', { name: wrong.name });
    else if (large) found.photos = t('feedback.file.photoSize', { name: large.name, max: formatNumber(PHOTO_LIMITS.bytes / 1024 / 1024, language, 0) });
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    file.mutate(
      {
        body: {
          category,
          description: description.trim(),
          ...(where === 'point' && point ? { lat: point.lat, long: point.long } : {}),
          ...(where === 'place' && place ? { unit: place.code } : {}),
          ...(address.trim() ? { address: address.trim() } : {}),
          ...(name.trim() ? { reporterName: name.trim() } : {}),
          ...(contact.trim() ? { reporterContact: contact.trim() } : {}),
          hideName,
        },
        photos,
      },
      { onSuccess: (filed) => onFiled(filed, where === 'place' ? place : null) },
    );
  };

  const count = Object.values(shown).filter(Boolean).length;
  return (
    <form className="feeds__form" onSubmit={submit} noValidate data-testid="feedback-form">
      {count > 0 ? <Notice tone="danger">{t('feedback.file.problems', { count })}</Notice> : null}
      <SelectField
        label={t('feedback.file.category')}
        value={category}
        onChange={(value) => {
          setCategory(value);
          edited('category');
        }}
        options={[
          { value: '', label: t('feedback.file.categoryPick') },
          ...(categories.data ?? []).map((c) => ({ value: c.code, label: language === 'en' ? c.nameEn : c.name })),
        ]}
      />
      {chosen ? (
        <p className="feeds__note">
          {chosen.description} · {t('feedback.file.deadline', { hours: formatNumber(chosen.slaHours, language, 0) })}
        </p>
      ) : null}
      {shown.category ? <p className="ui-field__error">{shown.category}</p> : null}
      <TextAreaField
        label={t('feedback.file.description')}
        hint={t('feedback.file.descriptionHint')}
        value={description}
        maxLength={DESCRIPTION_MAX}
        rows={5}
        onChange={(event) => {
          setDescription(event.target.value);
          edited('description');
        }}
        error={shown.description}
      />
      <ChoiceGroup
        legend={t('feedback.file.where')}
        value={where}
        onChange={(value) => {
          setWhere(value);
          edited('where');
        }}
        choices={[
          { value: 'place', label: t('feedback.file.wherePlace') },
          { value: 'point', label: t('feedback.file.wherePoint') },
        ]}
      />
      {where === 'point' ? (
        <div>
          <Button onClick={locate} disabled={locating}>
            {locating ? t('feedback.file.locating') : t('feedback.file.locate')}
          </Button>
          {point ? (
            <p className="feeds__chosen" data-testid="feedback-point">
              {t('feedback.file.pointChosen', { lat: formatNumber(point.lat, language, 6), long: formatNumber(point.long, language, 6) })}
            </p>
          ) : null}
          {shown.where ? <p className="ui-field__error">{shown.where}</p> : null}
        </div>
      ) : (
        <PlacePicker
          value={place}
          onChange={(chosenPlace) => {
            setPlace(chosenPlace);
            edited('where');
          }}
          error={shown.where}
        />
      )}
      <TextField
        label={t('feedback.file.address')}
        hint={t('feedback.file.addressHint')}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        error={shown.address}
      />
      <FilePicker
        label={t('feedback.file.photos')}
        hint={t('feedback.file.photosHint', { max: PHOTO_LIMITS.count })}
        error={shown.photos}
        pick={t('feedback.file.photosPick')}
        none={t('feedback.file.photosNone')}
        accept="image/jpeg,image/png"
        multiple
        onFiles={(files) => {
          setPhotos(files);
          edited('photos');
        }}
      />
      <fieldset className="feeds__fieldset">
        <legend className="ui-field__label">{t('feedback.file.you')}</legend>
        <p className="ui-field__hint">{t('feedback.file.youHint')}</p>
        <TextField label={t('feedback.file.name')} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" error={shown.reporterName} />
        <TextField
          label={t('feedback.file.contact')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          autoComplete="tel"
          error={shown.reporterContact}
        />
        <label className="feeds__check">
          <input type="checkbox" checked={hideName} onChange={(e) => setHideName(e.target.checked)} /> {t('feedback.file.hideName')}
        </label>
      </fieldset>
      {file.isError && Object.keys(serverProblems(file.error)).length === 0 ? <ApiErrorNotice error={file.error} /> : null}
      <div className="feeds__buttons">
        <Button variant="primary" type="submit" disabled={file.isPending}>
          {file.isPending ? t('feedback.file.sending') : t('feedback.file.send')}
        </Button>
      </div>
    </form>
  );
}
