import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { NewItemSection } from '@/components/NewItemSection';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { canWrite, useCurrentUser } from '@/lib/session';
import { useTrainerMutations } from '../api/use-trainer-mutations';
import { useTrainers } from '../api/use-trainers';
import { SessionsNav } from '../components/SessionsNav';
import { TrainerForm } from '../components/TrainerForm';

/** `/bijeenkomsten/trainers`: who gives the sessions. */
export function TrainersPage() {
  const { t } = useTranslation('sessions');
  const me = useCurrentUser();
  const notice = useFlashNotice();
  const navigate = useNavigate();
  const trainers = useTrainers();
  const { create } = useTrainerMutations();
  return (
    <>
      <PageHeader title={t('trainers.title')} description={t('trainers.intro')} />
      <SessionsNav />
      {notice ? <Notice>{notice}</Notice> : null}
      {trainers.isPending ? <LoadingState /> : trainers.isError ? <ProblemAlert error={trainers.error} /> :
        trainers.data.items.length === 0 ? <EmptyState message={t('trainers.empty')} /> : (
          <DataTable
            caption={t('trainers.caption', { count: trainers.data.total })}
            rows={trainers.data.items}
            rowKey={(tr) => tr.id}
            columns={[
              { key: 'name', header: t('trainers.name'),
                render: (tr) => <AppLink to={`/bijeenkomsten/trainers/${tr.id}`}>{tr.name}</AppLink> },
              { key: 'company', header: t('trainers.company'), render: (tr) => tr.company || '—' },
              { key: 'email', header: t('trainers.email'), render: (tr) => tr.email || '—' },
              { key: 'sessions', header: t('trainers.sessions'), numeric: true, render: (tr) => String(tr.sessionCount) },
            ]}
          />
        )}
      {canWrite(me.role) ? (
        <NewItemSection id="trainer-new" title={t('trainers.new')} openLabel={t('trainers.new')} onClose={create.reset}>
          {(close) => (
            <TrainerForm submitLabel={t('trainers.add')} busy={create.isPending} error={create.error}
              onCancel={close}
              onSubmit={(values) => create.mutate(values, {
                onSuccess: (trainer) => void navigate(`/bijeenkomsten/trainers/${trainer.id}`,
                  { state: { notice: t('trainers.added', { name: trainer.name }) } }),
              })} />
          )}
        </NewItemSection>
      ) : null}
    </>
  );
}
