import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> & {
  label: ReactNode;
  name: string;
  error?: string;
  description?: ReactNode;
};

/** A multi-line text field with its label, help and the server's error. */
export function TextAreaField({ label, name, error, description, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField type="text" invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea {...textarea} id={id} name={name} invalid={!!error} aria-describedby={describedBy || undefined} />
      </div>
    </FormField>
  );
}
