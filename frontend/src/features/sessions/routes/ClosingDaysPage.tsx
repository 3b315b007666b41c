import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { FormActions } from '@/components/FormActions';
import { TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateLong } from '@/lib/format';
import { useListParams } from '@/lib/list-params';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useClosingDayMutations } from '../api/use-closing-day-mutations';
import { useClosingDays } from '../api/use-closing-days';
import { SessionsNav } from '../components/SessionsNav';

/** `/bijeenkomsten/sluitingsdagen`: the days the organisation is closed, which a cohort's schedule skips. */
export function ClosingDaysPage() {
  const { t, i18n } = useTranslation('sessions');
  const me = useCurrentUser();
  const editor = canWrite(me.role);
  const { page, setPage } = useListParams([]);
  const days = useClosingDays(page);
  const { create, remove } = useClosingDayMutations();
  const [values, setValues] = useState({ day: '', label: '' });
  const [message, setMessage] = useState('');
  const errors = formFieldErrors(create.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ day: values.day, label: values.label.trim() }, {
      onSuccess: (day) => {
        setMessage(t('closingDays.added', { day: formatDateLong(day.day, i18n.language) }));
        setValues({ day: '', label: values.label });
      },
    });
  };
  return (
    <>
      <PageHeader title={t('closingDays.title')} description={t('closingDays.intro')} />
      <SessionsNav />
      <p role="status" aria-live="polite" className="lk-status-line">{message}</p>
      {days.isPending ? <LoadingState /> : days.isError ? <ProblemAlert error={days.error} /> :
        days.data.items.length === 0 ? <EmptyState message={t('closingDays.empty')} /> : (
          <>
            <DataTable
              caption={t('closingDays.caption', { count: days.data.total })}
              rows={days.data.items}
              rowKey={(d) => d.id}
              columns={[
                { key: 'day', header: t('closingDays.day'), render: (d) => formatDateLong(d.day, i18n.language) },
                { key: 'label', header: t('closingDays.label'), render: (d) => d.label || '—' },
                ...(editor ? [{ key: 'remove', header: t('attendees.actions'), render: (d: { id: string; day: string }) => (
                  <Button appearance="subtle-button" disabled={remove.isPending}
                    onClick={() => remove.mutate(d.id, {
                      onSuccess: () => setMessage(t('closingDays.removed', { day: formatDateLong(d.day, i18n.language) })),
                    })}>
                    {t('closingDays.remove')}<span className="visually-hidden"> {formatDateLong(d.day, i18n.language)}</span>
                  </Button>
                ) }] : []),
              ]}
            />
            <Pagination page={days.data.page} pageSize={days.data.pageSize} total={days.data.total} onPageChange={setPage} />
          </>
        )}
      {remove.isError ? <ProblemAlert error={remove.error} /> : null}
      {editor ? (
        <section className="lk-section" aria-labelledby="closing-day-new">
          <Heading2 id="closing-day-new">{t('closingDays.new')}</Heading2>
          <FormProblem error={create.error} />
          <form onSubmit={submit} noValidate className="lk-form">
            <TextField label={t('closingDays.day')} name="day" type="date" required value={values.day}
              onChange={(e) => setValues((v) => ({ ...v, day: e.target.value }))} error={errors.day} />
            <TextField label={t('closingDays.label')} name="label" value={values.label}
              description={t('closingDays.labelHelp')}
              onChange={(e) => setValues((v) => ({ ...v, label: e.target.value }))} error={errors.label} />
            <FormActions submitLabel={t('closingDays.add')} busy={create.isPending} />
          </form>
        </section>
      ) : null}
    </>
  );
}
