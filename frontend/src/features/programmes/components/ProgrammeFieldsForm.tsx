import { Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { CheckboxGroup, SelectField, TextAreaField, TextField, type SelectFieldOption } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { Notice } from '@/components/Notice';
import type { Programme, ProgrammeUpdate } from '../api/types';
import { useUpdateProgramme } from '../api/use-programme-mutations';

type Key = keyof ProgrammeUpdate & keyof Programme;

/** A field of a step's form: how it is edited (a list is edited one item a line). */
export type FieldSpec =
  | { name: Key; kind: 'text' | 'textarea' | 'lines' | 'number'; label: string; description?: string; required?: boolean }
  | { name: Key; kind: 'select'; label: string; description?: string; options: SelectFieldOption[] }
  | { name: Key; kind: 'checkboxes'; label: string; description?: string; options: SelectFieldOption[] };

type Value = string | string[];

function toForm(spec: FieldSpec, value: unknown): Value {
  if (spec.kind === 'checkboxes') return (value as string[] | null) ?? [];
  if (spec.kind === 'lines') return ((value as string[] | null) ?? []).join('\n');
  return value === null || value === undefined ? '' : String(value);
}

function fromForm(spec: FieldSpec, value: Value): unknown {
  if (spec.kind === 'checkboxes') return value;
  const text = value as string;
  if (spec.kind === 'lines') return text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (spec.kind === 'number') return text.trim() === '' ? null : Number(text);
  if (spec.kind === 'select') return text === '' ? null : text;
  return text.trim();
}

/** One step's fields of a programme: saves what changed (a PATCH with If-Match), shows the server's field errors. */
export function ProgrammeFieldsForm({ programme, fields, canEdit, submitLabel }: {
  programme: Programme;
  fields: FieldSpec[];
  canEdit: boolean;
  submitLabel?: string;
}) {
  const { t } = useTranslation('programmes');
  const update = useUpdateProgramme(programme.id);
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, toForm(f, programme[f.name])])) as Record<string, Value>;
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const errors = formFieldErrors(update.error);
  const set = (name: string, value: Value) => { setSaved(false); setValues((v) => ({ ...v, [name]: value })); };

  if (!canEdit) {
    return (
      <dl className="lk-fields">
        {fields.map((f) => {
          const value = values[f.name]!;
          const shown = f.kind === 'checkboxes'
            ? (value as string[]).map((v) => f.options.find((o) => o.value === v)?.label ?? v).join(', ')
            : f.kind === 'select' ? f.options.find((o) => o.value === value)?.label ?? '' : (value as string);
          return (
            <div key={f.name} className="lk-fields__item">
              <dt>{f.label}</dt>
              <dd className="lk-pre-line">{shown || <span className="lk-muted">{t('fields.empty')}</span>}</dd>
            </div>
          );
        })}
      </dl>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes: Record<string, unknown> = {};
    for (const f of fields) {
      const next = fromForm(f, values[f.name]!);
      if (JSON.stringify(next) !== JSON.stringify(programme[f.name] ?? null)) changes[f.name] = next;
    }
    if (!Object.keys(changes).length) { setSaved(true); return; }
    update.mutate({ version: programme.version, changes: changes as ProgrammeUpdate }, { onSuccess: () => setSaved(true) });
  };

  return (
    <>
      <FormProblem error={update.error} onReload={() => { update.reset(); setValues(initial()); }} />
      {saved && !update.error ? <Notice>{t('fields.saved')}</Notice> : null}
      <form onSubmit={submit} noValidate className="lk-form">
        {fields.map((f) => {
          const common = { label: f.label, name: f.name, description: f.description, error: errors[f.name] };
          const value = values[f.name]!;
          switch (f.kind) {
            case 'checkboxes':
              return <CheckboxGroup key={f.name} legend={f.label} name={f.name} options={f.options} value={value as string[]}
                description={f.description} error={errors[f.name]} onChange={(v) => set(f.name, v)} />;
            case 'select':
              return <SelectField key={f.name} {...common} options={f.options} value={value as string} onChange={(e) => set(f.name, e.target.value)} />;
            case 'textarea':
            case 'lines':
              return <TextAreaField key={f.name} {...common} rows={f.kind === 'lines' ? 4 : 3} value={value as string}
                onChange={(e) => set(f.name, e.target.value)} />;
            default:
              return <TextField key={f.name} {...common} required={f.required} type={f.kind === 'number' ? 'number' : 'text'}
                inputMode={f.kind === 'number' ? 'numeric' : undefined} value={value as string} onChange={(e) => set(f.name, e.target.value)} />;
          }
        })}
        <FormActions submitLabel={submitLabel ?? t('fields.save')} busy={update.isPending} />
      </form>
      {update.isPending ? <Paragraph className="visually-hidden">{t('fields.saving')}</Paragraph> : null}
    </>
  );
}
