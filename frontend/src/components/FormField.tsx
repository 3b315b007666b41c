import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldChrome {
  label: ReactNode;
  name: string;
  /** The server's (or our own) message for this field; makes the field invalid. */
  error?: string;
  description?: ReactNode;
  required?: boolean;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  if (!required) return null;
  return <span className="lk-required"> {t('form.required')}</span>;
}

function FieldShell({
  id,
  descriptionId,
  errorId,
  label,
  description,
  error,
  required,
  type,
  children,
}: {
  id: string;
  descriptionId: string;
  errorId: string;
  type: string;
  children: ReactNode;
} & Omit<FieldChrome, 'name'>) {
  return (
    <FormField type={type} invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          <RequiredMark required={required} />
        </FormLabel>
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
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export type TextFieldProps = FieldChrome &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'> & { type?: string };

export function TextField({ label, name, error, description, required, type = 'text', ...input }: TextFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FieldShell
      id={id}
      descriptionId={descriptionId}
      errorId={errorId}
      label={label}
      description={description}
      error={error}
      required={required}
      type="text"
    >
      <Textbox
        {...input}
        id={id}
        name={name}
        type={type}
        required={required}
        invalid={!!error}
        aria-describedby={describedBy(!!description && descriptionId, !!error && errorId)}
      />
    </FieldShell>
  );
}

export type TextAreaFieldProps = FieldChrome &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'required'>;

/** A multi-line text field with its label, help and error, like TextField. */
export function TextAreaField({ label, name, error, description, required, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FieldShell
      id={id}
      descriptionId={descriptionId}
      errorId={errorId}
      label={label}
      description={description}
      error={error}
      required={required}
      type="text"
    >
      <Textarea
        {...textarea}
        id={id}
        name={name}
        required={required}
        invalid={!!error}
        aria-describedby={describedBy(!!description && descriptionId, !!error && errorId)}
      />
    </FieldShell>
  );
}

export interface SelectFieldOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldChrome &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'required'> & { options: SelectFieldOption[] };

export function SelectField({ label, name, error, description, required, options, ...select }: SelectFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FieldShell
      id={id}
      descriptionId={descriptionId}
      errorId={errorId}
      label={label}
      description={description}
      error={error}
      required={required}
      type="select"
    >
      <Select
        {...select}
        id={id}
        name={name}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(!!description && descriptionId, !!error && errorId)}
      >
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldShell>
  );
}

export type CheckboxFieldProps = Omit<FieldChrome, 'required'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>;

export function CheckboxField({ label, name, error, description, ...input }: CheckboxFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FormField type="checkbox" invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox" checked={!!input.checked} disabled={input.disabled}>
          <Checkbox
            {...input}
            id={id}
            name={name}
            className="utrecht-form-field__input"
            invalid={!!error}
            aria-describedby={describedBy(!!description && descriptionId, !!error && errorId)}
          />
          {label}
        </FormLabel>
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
    </FormField>
  );
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  name: string;
  options: SelectFieldOption[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
}

/** A set of checkboxes for a multi-valued field, as one fieldset with one error. */
export function CheckboxGroup({ legend, name, options, value, onChange, error, description, required }: CheckboxGroupProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const toggle = (option: string, checked: boolean) => {
    const next = checked ? [...value, option] : value.filter((v) => v !== option);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <Fieldset
      invalid={!!error}
      aria-describedby={describedBy(!!description && descriptionId, !!error && errorId)}
    >
      <FieldsetLegend>
        {legend}
        <RequiredMark required={required} />
      </FieldsetLegend>
      {description ? (
        <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          checked={value.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
        />
      ))}
    </Fieldset>
  );
}
