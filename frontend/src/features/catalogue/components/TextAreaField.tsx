import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

/** A labelled multi-line text field with its description and error, like the shared TextField. */
export function TextAreaField({
  label,
  name,
  error,
  description,
  ...textarea
}: {
  label: ReactNode;
  name: string;
  error?: string;
  description?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField type="text" invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Textarea {...textarea} id={id} name={name} invalid={!!error} rows={textarea.rows ?? 3} aria-describedby={describedBy} />
      </div>
    </FormField>
  );
}
