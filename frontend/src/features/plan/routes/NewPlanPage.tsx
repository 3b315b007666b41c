import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { PageHeader } from '@/components/PageHeader';
import { useCreatePlan } from '../api/use-plan-mutations';
import { emptyPlanForm, PlanForm } from '../components/PlanForm';
import { planBody } from '../components/traceability-rows';

export function NewPlanPage() {
  const { t } = useTranslation('plan');
  const navigate = useNavigate();
  const create = useCreatePlan();
  return (
    <>
      <PageHeader title={t('new.title')} description={t('new.intro')} />
      <Paragraph>
        <AppLink to="/plan">{t('detail.back')}</AppLink>
      </Paragraph>
      <PlanForm
        initial={emptyPlanForm()}
        submitLabel={t('new.submit')}
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(planBody(values), {
            onSuccess: (plan) => void navigate(`/plan/${plan.id}`, { state: { notice: t('new.done', { title: plan.title }) } }),
          })
        }
      />
    </>
  );
}
