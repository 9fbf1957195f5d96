/** Switches the interface between Vietnamese and English (the button names the other language, in that language). */
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { useLanguage } from '@/lib/i18n';

export function LanguageSwitch({ variant = 'on-dark' }: { variant?: ButtonVariant }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <Button variant={variant} size="small" lang={other} onClick={() => setLanguage(other)} aria-label={t('language.switchLabel')} data-testid="language-switch">
      {t('language.switchTo')}
    </Button>
  );
}
