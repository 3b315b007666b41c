import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppButtonLink } from '@/components/AppLink';
import { PageHeader } from '@/components/PageHeader';
import { useCreateIntervention } from '../api/use-intervention-mutations';
import { EMPTY_FORM, toBody } from '../components/form-values';
import { InterventionForm } from '../components/InterventionForm';
import '../components/catalogue.css';

export function NewInterventionPage() {
  const { t, i18n } = useTranslation('catalogue');
  const navigate = useNavigate();
  const create = useCreateIntervention();
  return (
    <>
      <PageHeader title={t('create.title')} />
      <InterventionForm
        initial={EMPTY_FORM}
        submitLabel={t('create.submit')}
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toBody(values, i18n.language), {
            onSuccess: (created) =>
              void navigate(`/catalogus/${created.id}`, { state: { notice: t('create.done', { title: created.title }) } }),
          })
        }
        actions={<AppButtonLink to="/catalogus">{t('edit.cancel')}</AppButtonLink>}
      />
    </>
  );
}
