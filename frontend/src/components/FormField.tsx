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

interface FieldIds {
  id: string;
  descriptionId: string;
  errorId: string;
  /** `aria-describedby` for the control: the description and the error, when shown. */
  describedBy: string | undefined;
}

/** The ids that tie a control to its label, help text and error message. */
function useFieldIds(description: ReactNode, error: string | undefined): FieldIds {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return { id, descriptionId, errorId, describedBy };
}

/** A field's help text and error message, under the ids the control points at. */
function FieldMessages({ ids, description, error }: { ids: FieldIds; description?: ReactNode; error?: string }) {
  return (
    <>
      {description ? (
        <FormFieldDescription id={ids.descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={ids.errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}

function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  if (!required) return null;
  return <span className="lk-required"> {t('form.required')}</span>;
}

function FieldShell({
  ids,
  label,
  description,
  error,
  required,
  type,
  children,
}: {
  ids: FieldIds;
  type: string;
  children: ReactNode;
} & Omit<FieldChrome, 'name'>) {
  return (
    <FormField type={type} invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={ids.id}>
          {label}
          <RequiredMark required={required} />
        </FormLabel>
      </div>
      <FieldMessages ids={ids} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export type TextFieldProps = FieldChrome &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'> & { type?: string };

export function TextField({ label, name, error, description, required, type = 'text', ...input }: TextFieldProps) {
  const ids = useFieldIds(description, error);
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      error={error}
      required={required}
      type="text"
    >
      <Textbox
        {...input}
        id={ids.id}
        name={name}
        type={type}
        required={required}
        invalid={!!error}
        aria-describedby={ids.describedBy}
      />
    </FieldShell>
  );
}

const SPREADSHEETS = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SpreadsheetFileFieldProps = FieldChrome & { onFile: (file: File | null) => void };

/** A CSV or XLSX file to import (the catalogue's interventions, the HR system's people). */
export function SpreadsheetFileField({ label, name, error, description, required, onFile }: SpreadsheetFileFieldProps) {
  const ids = useFieldIds(description, error);
  return (
    <FieldShell ids={ids} label={label} description={description} error={error} required={required} type="text">
      <input
        id={ids.id}
        name={name}
        type="file"
        accept={SPREADSHEETS}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </FieldShell>
  );
}

export type TextAreaFieldProps = FieldChrome &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'required'>;

/** A multi-line text field with its label, help and error, like TextField. */
export function TextAreaField({ label, name, error, description, required, ...textarea }: TextAreaFieldProps) {
  const ids = useFieldIds(description, error);
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      error={error}
      required={required}
      type="text"
    >
      <Textarea
        {...textarea}
        id={ids.id}
        name={name}
        required={required}
        invalid={!!error}
        aria-describedby={ids.describedBy}
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
  const ids = useFieldIds(description, error);
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      error={error}
      required={required}
      type="select"
    >
      <Select
        {...select}
        id={ids.id}
        name={name}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={ids.describedBy}
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
  const ids = useFieldIds(description, error);
  return (
    <FormField type="checkbox" invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={ids.id} type="checkbox" checked={!!input.checked} disabled={input.disabled}>
          <Checkbox
            {...input}
            id={ids.id}
            name={name}
            className="utrecht-form-field__input"
            invalid={!!error}
            aria-describedby={ids.describedBy}
          />
          {label}
        </FormLabel>
      </div>
      <FieldMessages ids={ids} description={description} error={error} />
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
  const ids = useFieldIds(description, error);
  const toggle = (option: string, checked: boolean) => {
    const next = checked ? [...value, option] : value.filter((v) => v !== option);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <Fieldset
      invalid={!!error}
      aria-describedby={ids.describedBy}
    >
      <FieldsetLegend>
        {legend}
        <RequiredMark required={required} />
      </FieldsetLegend>
      {description ? (
        <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
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
