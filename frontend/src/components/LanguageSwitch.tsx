import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '@/i18n';

/** Switches between Dutch and English; the choice is remembered and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.resolvedLanguage === 'en' ? DEFAULT_LANGUAGE : 'en';
  return (
    <Button
      appearance="subtle-button"
      className="lk-language-switch"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
