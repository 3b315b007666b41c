import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isAdmin, useCurrentUser } from '@/lib/session';
import type { Organisation } from '../api/types';
import { useOrganisation } from '../api/use-organisation';
import { OrganisationForm, showDecimal } from '../components/OrganisationForm';

function OrganisationSummary({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation('organisation');
  const decimal = (value: string | null) => (value === null ? t('notSet') : showDecimal(value, i18n.language));
  const rows: [string, string][] = [
    [t('fields.name'), organisation.name],
    [t('fields.learningDaysPerFte'), decimal(organisation.learningDaysPerFte)],
    [t('fields.trainingBudgetTargetPercent'), decimal(organisation.trainingBudgetTargetPercent)],
    [t('fields.minimumReportGroupSize'), String(organisation.minimumReportGroupSize)],
    [t('fields.peopleRetentionMonths'), organisation.peopleRetentionMonths == null ? t('notSet')
      : t('retentionMonths', { count: organisation.peopleRetentionMonths })],
  ];
  return (
    <DataList>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue value={value}>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** The organisation's settings: a form for admins, read-only for everyone else. */
export function OrganisationPage() {
  const { t } = useTranslation('organisation');
  const me = useCurrentUser();
  const organisation = useOrganisation();
  const [formGeneration, setFormGeneration] = useState(0);
  const admin = isAdmin(me.role);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      {organisation.isPending ? (
        <LoadingState />
      ) : organisation.isError ? (
        <ProblemAlert error={organisation.error} />
      ) : admin ? (
        <OrganisationForm
          key={formGeneration}
          organisation={organisation.data}
          onReload={() => void organisation.refetch().then(() => setFormGeneration((g) => g + 1))}
        />
      ) : (
        <>
          <Paragraph>{t('readOnly')}</Paragraph>
          <OrganisationSummary organisation={organisation.data} />
        </>
      )}
    </>
  );
}
