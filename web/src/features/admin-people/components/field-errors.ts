/**
 * An admin API refusal laid out for a form: the message of each field the API names (`details[].field`, in the
 * reader's language) to show at that field, and a sentence for the whole form (the catalogue's words for
 * SELF_LOCKOUT and FORBIDDEN, "see the marked fields" when fields are named, else the API's own message).
 */
import type { TFunction } from 'i18next';
import { ApiError, localMessage } from '@/lib/api/errors';
import type { Language } from '@/lib/format';

const KNOWN_CODES = ['SELF_LOCKOUT', 'FORBIDDEN'] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

export interface FormErrors {
  /** Field name → message. */
  fields: Record<string, string>;
  /** The sentence for the form as a whole, or null when there is no error. */
  summary: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, summary: null };

export function formErrors(error: unknown, t: TFunction, language: Language): FormErrors {
  if (!error) return NO_ERRORS;
  if (!(error instanceof ApiError)) return { fields: {}, summary: t('adminPeople.unknownError') };
  const fields: Record<string, string> = {};
  for (const detail of error.details) {
    if (detail.field && detail.message && !fields[detail.field]) fields[detail.field] = localMessage(detail.message, language);
  }
  const known = (KNOWN_CODES as readonly string[]).includes(error.code) ? (error.code as KnownCode) : null;
  // A field error is said at its field; the summary says what kind of refusal it is (SELF_LOCKOUT in full).
  const summary = known
    ? t(`adminPeople.errorCodes.${known}`)
    : Object.keys(fields).length > 0
      ? t('adminPeople.errorCodes.fields')
      : error.code === 'NETWORK'
        ? t('error.network')
        : localMessage(error.message, language);
  return { fields, summary };
}
