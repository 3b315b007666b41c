import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppButtonLink, AppLink } from '@/components/AppLink';
import { DeleteSection } from '@/components/DeleteSection';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDate, formatDateTime } from '@/lib/format';
import { formatMoney, formatNumber } from '@/lib/money';
import { canWrite, useCurrentUser } from '@/lib/session';
import type { Intervention } from '../api/types';
import { useIntervention } from '../api/use-intervention';
import { useDeleteIntervention } from '../api/use-intervention-mutations';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function Refs({ items, empty }: { items: { id: string; label: string }[]; empty: string }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <UnorderedList>
      {items.map((item) => (
        <UnorderedListItem key={item.id}>{item.label}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function Details({ i }: { i: Intervention }) {
  const { t, i18n } = useTranslation('catalogue');
  const vocab = useVocabulary();
  const notSet = t('fields.notSet');
  const or = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? notSet : value);
  return (
    <>
      <section className="lk-section" aria-labelledby="detail-description">
        <Heading2 id="detail-description">{t('sections.description')}</Heading2>
        <DataList>
          <Item label={t('fields.status')}>{vocab.label('InterventionStatus', i.status)}</Item>
          <Item label={t('fields.category')}>{vocab.label('Category', i.category)}</Item>
          <Item label={t('fields.goal')}>{or(i.goal)}</Item>
          <Item label={t('fields.content')}>{or(i.content)}</Item>
          <Item label={t('fields.targetGroup')}>{or(i.targetGroup)}</Item>
          <Item label={t('fields.audience')}>{vocab.label('Audience', i.audience)}</Item>
        </DataList>
      </section>
      <section className="lk-section" aria-labelledby="detail-design">
        <Heading2 id="detail-design">{t('sections.design')}</Heading2>
        <DataList>
          <Item label={t('fields.learningForm')}>{i.learningForm ? vocab.label('LearningForm', i.learningForm) : notSet}</Item>
          <Item label={t('fields.learningMix')}>{i.learningMix ? vocab.label('LearningMix', i.learningMix) : notSet}</Item>
          <Item label={t('fields.learningLevel')}>{i.learningLevel ? vocab.label('LearningLevel', i.learningLevel) : notSet}</Item>
          <Item label={t('fields.kolbPhases')}>
            {i.kolbPhases.length ? i.kolbPhases.map((p) => vocab.label('KolbPhase', p)).join(', ') : t('fields.none')}
          </Item>
          <Item label={t('fields.durationHours')}>{or(formatNumber(i.durationHours, i18n.language))}</Item>
          <Item label={t('fields.durationDays')}>{or(formatNumber(i.durationDays, i18n.language))}</Item>
          <Item label={t('fields.mandatory')}>{i.mandatory ? t('filters.yes') : t('filters.no')}</Item>
        </DataList>
      </section>
      <section className="lk-section" aria-labelledby="detail-practical">
        <Heading2 id="detail-practical">{t('sections.practical')}</Heading2>
        <DataList>
          <Item label={t('fields.provider')}>{or(i.provider)}</Item>
          <Item label={t('fields.trainer')}>{or(i.trainer)}</Item>
          <Item label={t('fields.location')}>{or(i.location)}</Item>
          <Item label={t('fields.capacity')}>{or(i.capacity)}</Item>
          <Item label={t('fields.years')}>{i.years.length ? i.years.join(', ') : t('fields.none')}</Item>
          <Item label={t('fields.published')}>{i.published ? t('filters.yes') : t('filters.no')}</Item>
        </DataList>
      </section>
      <section className="lk-section" aria-labelledby="detail-schedule">
        <Heading2 id="detail-schedule">{t('sections.schedule')}</Heading2>
        <DataList>
          <Item label={t('fields.startsOn')}>{or(formatDate(i.startsOn, i18n.language))}</Item>
          <Item label={t('fields.period')}>{or(i.period)}</Item>
          <Item label={t('fields.sessionsPerYear')}>{or(i.sessionsPerYear)}</Item>
          <Item label={t('fields.frequency')}>{or(i.frequency)}</Item>
          <Item label={t('fields.learningHoursPerParticipant')}>{or(formatNumber(i.learningHoursPerParticipant, i18n.language))}</Item>
          <Item label={t('fields.learningHoursTotal')}>
            {i.learningHoursTotal === null
              ? notSet
              : t('fields.learningHoursTotalValue', {
                  hours: formatNumber(i.learningHoursTotal, i18n.language),
                  per: formatNumber(i.learningHoursPerParticipant, i18n.language),
                  count: i.expectedParticipants ?? 0,
                })}
          </Item>
          <Item label={t('fields.notes')}>{i.notes ? <span className="lk-prewrap">{i.notes}</span> : notSet}</Item>
        </DataList>
      </section>
      <section className="lk-section" aria-labelledby="detail-cost">
        <Heading2 id="detail-cost">{t('sections.cost')}</Heading2>
        <DataList>
          <Item label={t('fields.costFixed')}>{formatMoney(i.costFixed, i18n.language)}</Item>
          <Item label={t('fields.costPerParticipant')}>{formatMoney(i.costPerParticipant, i18n.language)}</Item>
          <Item label={t('fields.expectedParticipants')}>{or(i.expectedParticipants)}</Item>
          <Item label={t('fields.totalCost')}>
            <strong>{formatMoney(i.totalCost, i18n.language)}</strong>
          </Item>
          <Item label={t('fields.fundingStream')}>{vocab.label('FundingStream', i.fundingStream)}</Item>
          <Item label={t('fields.personalBudgetContribution')}>{formatMoney(i.personalBudgetContribution, i18n.language)}</Item>
        </DataList>
      </section>
      <section className="lk-section" aria-labelledby="detail-links">
        <Heading2 id="detail-links">{t('sections.links')}</Heading2>
        <DataList>
          <Item label={t('fields.learningGoals')}>
            <Refs items={i.learningGoals.map((r) => ({ id: r.id, label: r.title }))} empty={t('fields.none')} />
          </Item>
          <Item label={t('fields.themes')}>
            <Refs items={i.themes.map((r) => ({ id: r.id, label: r.title }))} empty={t('fields.none')} />
          </Item>
          <Item label={t('fields.competencies')}>
            <Refs items={i.competencies.map((r) => ({ id: r.id, label: r.name }))} empty={t('fields.none')} />
          </Item>
        </DataList>
        <Paragraph className="lk-muted">
          {t('detail.createdAt')}: {formatDateTime(i.createdAt, i18n.language)} · {t('detail.updatedAt')}:{' '}
          {formatDateTime(i.updatedAt, i18n.language)}
        </Paragraph>
      </section>
    </>
  );
}

export function InterventionDetailPage() {
  const { t } = useTranslation('catalogue');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const intervention = useIntervention(id);
  const remove = useDeleteIntervention();
  const title = intervention.data ? intervention.data.title : t('detail.title');
  const writable = canWrite(me.role);

  return (
    <>
      <PageHeader
        title={title}
        actions={
          writable && intervention.data ? (
            <AppButtonLink to={`/catalogus/${id}/bewerken`} appearance="primary-action-button">
              {t('detail.edit')}
            </AppButtonLink>
          ) : null
        }
      />
      <Paragraph>
        <AppLink to="/catalogus">{t('detail.back')}</AppLink>
      </Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {intervention.isPending ? (
        <LoadingState />
      ) : intervention.isError ? (
        <ProblemAlert error={intervention.error} />
      ) : (
        <>
          {intervention.data.needsEvaluation ? (
            <Paragraph>
              <StatusBadge tone="warning">{t('evaluation.needed')}</StatusBadge> {t('evaluation.neededHelp')}
            </Paragraph>
          ) : (
            <Paragraph className="lk-muted">{t('evaluation.notNeeded')}</Paragraph>
          )}
          <Paragraph><AppLink to={`/catalogus/${id}/evaluaties`}>{t('evaluation.reportLink')}</AppLink></Paragraph>
          <Details i={intervention.data} />
          {writable ? (
            <DeleteSection
              headingId="intervention-delete"
              title={t('delete.title')}
              intro={t('delete.intro')}
              buttonLabel={t('delete.button')}
              confirmTitle={t('delete.confirmTitle', { title: intervention.data.title })}
              confirmLabel={t('delete.confirm')}
              mutation={remove}
              onConfirm={() =>
                remove.mutate(id, {
                  onSuccess: () =>
                    void navigate('/catalogus', {
                      state: { notice: t('delete.done', { title: intervention.data.title }) },
                    }),
                })
              }
            >
              {t('delete.confirmBody')}
            </DeleteSection>
          ) : null}
        </>
      )}
    </>
  );
}
