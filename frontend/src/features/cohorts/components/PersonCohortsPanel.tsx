import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateLong } from '@/lib/format';
import { FULL_PAGE } from '../api/cohort-keys';
import { useCohorts } from '../api/use-cohorts';
import { StatusTag } from './StatusTag';

/** The cohorts a person is enrolled in, for the person page (`PersonSlots.cohorts`), latest start first. */
export function PersonCohortsPanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation('cohorts');
  const cohorts = useCohorts({ personId, page: 1, pageSize: FULL_PAGE });
  if (cohorts.isPending) return <LoadingState />;
  if (cohorts.isError) return <ProblemAlert error={cohorts.error} />;
  if (cohorts.data.items.length === 0) return <EmptyState message={t('person.empty')} />;
  return (
    <DataTable caption={t('person.caption', { count: cohorts.data.total })} rows={cohorts.data.items}
      rowKey={(c) => c.id} columns={[
        { key: 'name', header: t('fields.name'), render: (c) => <AppLink to={`/cohorten/${c.id}`}>{c.name}</AppLink> },
        { key: 'programme', header: t('fields.programme'), render: (c) => c.programmeTitle },
        { key: 'startsOn', header: t('fields.startsOn'), render: (c) => formatDateLong(c.startsOn, i18n.language) },
        { key: 'status', header: t('fields.status'), render: (c) => <StatusTag status={c.status} /> },
      ]} />
  );
}
