import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppButtonLink } from '@/components/AppLink';
import { LoadingState } from '@/components/LoadingState';
import { Notice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useIntervention } from '../api/use-intervention';
import { useUpdateIntervention } from '../api/use-intervention-mutations';
import { changes, toForm } from '../components/form-values';
import { InterventionForm } from '../components/InterventionForm';
import '../components/catalogue.css';

export function EditInterventionPage() {
  const { t, i18n } = useTranslation('catalogue');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const intervention = useIntervention(id);
  const update = useUpdateIntervention(id);
  const [generation, setGeneration] = useState(0);
  const [nothingChanged, setNothingChanged] = useState(false);

  if (intervention.isPending) return <LoadingState />;
  if (intervention.isError)
    return (
      <>
        <PageHeader title={t('detail.title')} />
        <ProblemAlert error={intervention.error} />
      </>
    );
  const stored = intervention.data;
  return (
    <>
      <PageHeader title={t('edit.title', { title: stored.title })} />
      {nothingChanged ? <Notice>{t('edit.nothingChanged')}</Notice> : null}
      <InterventionForm
        key={generation}
        initial={toForm(stored, i18n.language)}
        submitLabel={t('edit.submit')}
        busy={update.isPending}
        error={update.error}
        onReload={() =>
          void intervention.refetch().then(() => {
            update.reset();
            setGeneration((g) => g + 1);
          })
        }
        onSubmit={(values) => {
          const body = changes(stored, values, i18n.language);
          if (Object.keys(body).length === 0) {
            setNothingChanged(true);
            return;
          }
          setNothingChanged(false);
          update.mutate(
            { version: stored.version, changes: body },
            { onSuccess: () => void navigate(`/catalogus/${id}`, { state: { notice: t('edit.done') } }) },
          );
        }}
        actions={<AppButtonLink to={`/catalogus/${id}`}>{t('edit.cancel')}</AppButtonLink>}
      />
    </>
  );
}
