import { FormField, FormFieldDescription, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '@/i18n/vocabulary';
import type { AnonymityMode } from '../api/types';

/** The three anonymity modes, each explained in plain words. */
export function AnonymityChoice({ name, value, onChange }: { name: string; value: AnonymityMode;
  onChange: (mode: AnonymityMode) => void }) {
  const { t } = useTranslation('rounds');
  const vocab = useVocabulary();
  return (
    <fieldset className="utrecht-form-fieldset lk-round-anonymity">
      <legend className="utrecht-form-fieldset__legend">{t('propose.anonymity')}</legend>
      {vocab.options('AnonymityMode').map((option) => (
        <FormField key={option.value} type="radio" className="lk-round-radio">
          <RadioButton id={`${name}-${option.value}`} name={name} value={option.value}
            checked={value === option.value} aria-describedby={`${name}-${option.value}-help`}
            onChange={() => onChange(option.value)} />
          <FormLabel htmlFor={`${name}-${option.value}`} type="radio">{option.label}</FormLabel>
          <FormFieldDescription id={`${name}-${option.value}-help`} className="utrecht-form-field__description">
            {t(`anonymity.${option.value}`)}</FormFieldDescription>
        </FormField>
      ))}
    </fieldset>
  );
}
