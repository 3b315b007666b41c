import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { TextField } from '@/components/FormField';
import { LoadingState } from '@/components/LoadingState';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateLong } from '@/lib/format';
import { canWrite, isAdmin, useCurrentUser } from '@/lib/session';
import { usePerson } from '../api/use-people';
import { usePersonExport } from '../api/use-person-export';
import { usePersonMutations } from '../api/use-person-mutations';
import { PersonForm, changedFields, valuesOf } from '../components/PersonForm';
import { usePersonSlots } from '../slots';
import '../components/people.css';

/** `/medewerkers/:id`: one person's details, what other features lend (cohorts, sessions, hours, calendar), the
 * AVG export and, for admins, the erasure. */
export function PersonPage() {
  const { t, i18n } = useTranslation('people');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const notice = useFlashNotice();
  const person = usePerson(id);
  const { update, erase } = usePersonMutations();
  const exporting = usePersonExport(id);
  const slots = usePersonSlots();
  const [editing, setEditing] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const p = person.data;
  const panels = [slots.cohorts, slots.sessions, slots.learningTime, slots.calendar].filter(
    (panel): panel is NonNullable<typeof panel> => Boolean(panel));

  return (
    <>
      <PageHeader title={p ? p.name : t('detail.title')}
        description={p ? [p.employeeNumber, p.team].filter(Boolean).join(' · ') : undefined} />
      <Paragraph><AppLink to="/medewerkers">{t('detail.back')}</AppLink></Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}
      {person.isPending ? <LoadingState /> : person.isError || !p ? (
        <ProblemAlert error={person.error} />
      ) : (
        <>
          <section className="lk-section" aria-labelledby="person-about">
            <Heading2 id="person-about">{t('detail.about')}</Heading2>
            {editing ? (
              <PersonForm
                key={generation}
                initial={valuesOf(p)}
                submitLabel={t('edit.submit')}
                busy={update.isPending}
                error={update.error}
                onCancel={() => { setEditing(false); update.reset(); }}
                onReload={() => void person.refetch().then(() => { update.reset(); setGeneration((g) => g + 1); })}
                onSubmit={(values) => update.mutate({ id, version: p.version, changes: changedFields(p, values) },
                  { onSuccess: () => setEditing(false) })}
              />
            ) : (
              <>
                <DataList>
                  <DataListItem><DataListKey>{t('fields.employeeNumber')}</DataListKey>
                    <DataListValue>{p.employeeNumber}</DataListValue></DataListItem>
                  <DataListItem><DataListKey>{t('fields.email')}</DataListKey>
                    <DataListValue>{p.email || t('detail.none')}</DataListValue></DataListItem>
                  <DataListItem><DataListKey>{t('fields.team')}</DataListKey>
                    <DataListValue>{p.team || t('detail.none')}</DataListValue></DataListItem>
                  <DataListItem><DataListKey>{t('fields.leftOn')}</DataListKey>
                    <DataListValue>{p.leftOn ? formatDateLong(p.leftOn, i18n.language) : t('list.employed')}</DataListValue>
                  </DataListItem>
                </DataList>
                {canWrite(me.role) ? (
                  <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>{t('edit.open')}</Button>
                ) : null}
              </>
            )}
          </section>
          {panels.length > 0 ? (
            <Suspense fallback={<LoadingState />}>
              {panels.map((Panel, index) => <Panel key={index} personId={id} />)}
            </Suspense>
          ) : null}
          <section className="lk-section" aria-labelledby="person-privacy">
            <Heading2 id="person-privacy">{t('privacy.title')}</Heading2>
            <Paragraph>{t('privacy.exportIntro')}</Paragraph>
            {exporting.error ? <ProblemAlert error={exporting.error} /> : null}
            <Button appearance="secondary-action-button" busy={exporting.busy} disabled={exporting.busy}
              onClick={() => void exporting.download()}>
              {t('privacy.export')}
            </Button>
            {isAdmin(me.role) ? (
              <>
                <Paragraph>{t('privacy.eraseIntro')}</Paragraph>
                <Button appearance="primary-action-button" hint="danger" onClick={() => { setTyped(''); setMismatch(false);
                  erase.reset(); setConfirming(true); }}>
                  {t('privacy.erase')}
                </Button>
              </>
            ) : null}
          </section>
          <ConfirmDialog
            open={confirming}
            title={t('privacy.confirmTitle', { name: p.name })}
            confirmLabel={t('privacy.confirmButton')}
            busy={erase.isPending}
            error={erase.error}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              if (typed.trim() !== p.employeeNumber) {
                setMismatch(true);
                return;
              }
              erase.mutate({ id, employeeNumber: typed.trim() }, {
                onSuccess: () => void navigate('/medewerkers', { state: { notice: t('privacy.done') } }),
              });
            }}
          >
            <Paragraph>{t('privacy.confirmText')}</Paragraph>
            <TextField label={t('privacy.confirmLabel', { number: p.employeeNumber })} name="confirmNumber"
              autoComplete="off" value={typed} onChange={(e) => { setTyped(e.target.value); setMismatch(false); }}
              error={mismatch ? t('privacy.mismatch') : undefined} />
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
