/**
 * i18n: i18next with the two catalogues bundled (no loading step), Vietnamese first; the reader's choice is
 * kept in localStorage and set on <html lang>. Keys are typed: t('nav.overview') is checked by tsc.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback } from 'react';
import type { Language } from '../format';
import { vi } from './vi';
import { en } from './en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];
export const LANGUAGE_KEY = 'dxioc.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** A ready i18next instance (synchronous: the catalogues are in the bundle). */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    showSupportNotice: false,
  });
  // `{{period, inSentence}}`: a period label inside a sentence, its first word in lower case ("cho năm 2024",
  // "quý II/2023"), as Vietnamese writes it; English keeps its capitals.
  instance.services.formatter?.add('inSentence', (value: unknown, lng: string | undefined) => (lng === 'vi' ? inSentence(String(value)) : String(value)));
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}

/** The current language and a switch that remembers the choice. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n: instance } = useTranslation();
  const language: Language = instance.language === 'en' ? 'en' : 'vi';
  const setLanguage = useCallback(
    (next: Language) => {
      void instance.changeLanguage(next);
      document.documentElement.lang = next;
      try {
        localStorage.setItem(LANGUAGE_KEY, next);
      } catch {
        // private mode: the choice lasts for this page only
      }
    },
    [instance],
  );
  return [language, setLanguage];
}

/** "Năm 2024" → "năm 2024", "Quý II/2023" → "quý II/2023": the first letter of a Vietnamese period label in lower case. */
export function inSentence(label: string): string {
  return /^(Năm|Quý|Tháng) /u.test(label) ? label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) : label;
}
