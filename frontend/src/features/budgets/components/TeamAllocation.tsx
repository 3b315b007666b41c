import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DataTable, type Column } from '@/components/DataTable';
import { TextAreaField, TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import { moneyMessage } from '@/components/MoneyField';
import { formatMoney, formatNumber, readDecimal } from '@/lib/money';
import { useDeleteTeam, useSaveTeam } from '../api/use-team-mutations';
import { useTeams } from '../api/use-teams';
import type { BudgetSummary, Team } from '../api/types';

type Allocation = BudgetSummary['allocation'][number];

/** The functional and personal budgets shared out to teams by FTE, and the teams themselves. */
export function TeamAllocation({ summary, year, editable }: { summary: BudgetSummary; year: number; editable: boolean }) {
  const { t, i18n } = useTranslation('budgets');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const teams = useTeams(year);
  const create = useSaveTeam(year);
  const [editing, setEditing] = useState<Team | null>(null);
  const remove = useDeleteTeam(year);
  const [name, setName] = useState('');
  const [fte, setFte] = useState('');
  const [notes, setNotes] = useState('');
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [invalid, setInvalid] = useState<Record<string, string> | null>(null);
  const errors = { ...formFieldErrors(create.error), ...invalid };
  const lang = i18n.language;
  const notesOf = new Map((teams.data?.items ?? []).map((team) => [team.id, team.notes]));

  const columns: Column<Allocation>[] = [
    { key: 'name', header: t('teams.name'), render: (a) => a.name },
    { key: 'fte', header: t('teams.fte'), numeric: true, render: (a) => formatNumber(a.fte, lang) },
    { key: 'functional', header: vocab.label('FundingStream', 'functional'), numeric: true, render: (a) => formatMoney(a.functional, lang) },
    { key: 'personal', header: vocab.label('FundingStream', 'personal'), numeric: true, render: (a) => formatMoney(a.personal, lang) },
    { key: 'total', header: t('summary.total'), numeric: true, render: (a) => formatMoney(a.total, lang) },
    { key: 'notes', header: t('teams.notes'), render: (a) => notesOf.get(a.teamId) ?? '' },
    ...(editable
      ? [{
          key: 'actions',
          header: t('lines.actions'),
          render: (a: Allocation) => {
            const team = teams.data?.items.find((x) => x.id === a.teamId);
            return team ? (
              <ButtonGroup>
                <Button appearance="subtle-button" aria-label={t('teams.edit', { name: a.name })} onClick={() => {
                  setEditing(team); setName(team.name); setFte(formatNumber(team.fte, lang)); setNotes(team.notes); create.reset();
                }}>
                  {t('short.edit')}
                </Button>
                <Button appearance="subtle-button" hint="danger" aria-label={t('teams.delete', { name: a.name })} onClick={() => setDeleting(team)}>
                  {t('short.delete')}
                </Button>
              </ButtonGroup>
            ) : null;
          },
        }]
      : []),
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reading = readDecimal(fte, lang);
    const message = moneyMessage(reading, tc, lang, true, 'number');
    setInvalid(message ? { fte: message } : null);
    if (!reading.ok) return;
    create.mutate(
      editing
        ? { id: editing.id, version: editing.version, changes: { name: name.trim(), fte: reading.value, notes: notes.trim() } }
        : { create: { year, name: name.trim(), fte: reading.value, notes: notes.trim() } },
      { onSuccess: () => { setName(''); setFte(''); setNotes(''); setEditing(null); } },
    );
  };

  return (
    <section className="lk-section" id="teams" aria-labelledby="budget-teams-title">
      <Heading2 id="budget-teams-title" tabIndex={-1}>{t('teams.title')}</Heading2>
      <Paragraph>{t('teams.intro')}</Paragraph>
      {summary.allocation.length === 0 ? (
        <Paragraph>{t('teams.none')}</Paragraph>
      ) : (
        <DataTable caption={t('teams.caption', { year })} columns={columns} rows={summary.allocation} rowKey={(a) => a.teamId} />
      )}
      {editable ? (
        <form onSubmit={onSubmit} noValidate className="lk-form lk-subform">
          <Heading3>{editing ? t('teams.editTitle', { name: editing.name }) : t('teams.addTitle')}</Heading3>
          <FormProblem error={invalid ? null : create.error} invalid={invalid} />
          <TextField label={t('teams.name')} name="team-name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
          <TextField label={t('teams.fteField')} name="team-fte" inputMode="decimal" required value={fte}
            onChange={(e) => setFte(e.target.value)} error={errors.fte} />
          <TextAreaField label={t('teams.notes')} name="team-notes" value={notes} onChange={(e) => setNotes(e.target.value)}
            description={t('teams.notesHelp')} error={errors.notes} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={create.isPending} disabled={create.isPending}>
              {editing ? t('teams.save') : t('teams.add')}
            </Button>
            {editing ? (
              <Button type="button" appearance="secondary-action-button" onClick={() => { setEditing(null); setName(''); setFte(''); setNotes(''); create.reset(); }}>
                {t('teams.cancelEdit')}
              </Button>
            ) : null}
          </ButtonGroup>
        </form>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('teams.confirmTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('teams.confirm')}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => { setDeleting(null); remove.reset(); }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      >
        {t('teams.confirmBody')}
      </ConfirmDialog>
    </section>
  );
}
