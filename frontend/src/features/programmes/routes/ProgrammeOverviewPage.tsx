import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { useProgramme } from '../api/use-programme';
import { useProgrammeFramework } from '../api/use-programme-framework';
import { buildGrid } from '../lib/grid';
import { formsOfLine } from '../lib/overview';
import '../components/programmes.css';

/**
 * "Programma op hoofdlijnen", as the guide draws it: the title and storyline, per phase its theme and competencies,
 * the learning lines with the forms they use. Prints on one A4 page, landscape (see the print rules in programmes.css).
 */
export function ProgrammeOverviewPage() {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const { id = '' } = useParams();
  const framework = useProgrammeFramework(id);
  const programme = useProgramme(id);
  const data = framework.data;
  const grid = data ? buildGrid(data.phases, data.learningLines, data.placements) : null;

  return (
    <div className="lk-overview">
      <PageHeader title={data ? t('overview.title', { title: data.programme.title }) : t('overview.heading')}
        description={data?.programme.storylineTitle ? t('workspace.storyline', { title: data.programme.storylineTitle }) : undefined}
        actions={<Button appearance="primary-action-button" className="lk-no-print" onClick={() => window.print()}>{t('overview.print')}</Button>} />
      <Paragraph className="lk-no-print"><AppLink to={`/programmas/${id}/framework`}>{t('overview.back')}</AppLink></Paragraph>
      {framework.isPending ? <LoadingState /> : framework.isError || !grid || !data ? <ProblemAlert error={framework.error} /> : (
        <>
          {programme.data?.storylineNarrative ? <Paragraph className="lk-overview__story">{programme.data.storylineNarrative}</Paragraph> : null}
          {grid.phases.length === 0 ? <Paragraph>{t('grid.noPhases')}</Paragraph> : (
            <table className="lk-overview__table">
              <caption className="visually-hidden">{t('overview.caption')}</caption>
              <thead>
                <tr>
                  <td />
                  {grid.phases.map((phase) => (
                    <th key={phase.id} scope="col">
                      <span className="lk-overview__phase">{phase.title}{phase.subTheme ? `: ${phase.subTheme}` : ''}</span>
                      <span className="lk-overview__months">{t('grid.months', { start: phase.startMonth, end: phase.startMonth + phase.lengthMonths - 1 })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('overview.competencies')}</th>
                  {grid.phases.map((phase) => (
                    <td key={phase.id}>
                      {phase.competencies.length ? <ul>{phase.competencies.map((c) => <li key={c.id}>{c.name}</li>)}</ul> : <span className="lk-muted">{t('phases.noFocus')}</span>}
                    </td>
                  ))}
                </tr>
                {grid.rows.map((row) => (
                  <tr key={row.line.id}>
                    <th scope="row">{row.line.label}</th>
                    {row.cells.map((cell) => (
                      <td key={cell.phaseId}>
                        {cell.placements.length ? <ul>{cell.placements.map((p) => <li key={p.id}>{p.intervention.title}</li>)}</ul> : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <section aria-labelledby="overview-lines" className="lk-overview__lines">
            <Heading2 id="overview-lines">{t('overview.lines')}</Heading2>
            <ul>
              {grid.lines.map((line) => {
                const forms = formsOfLine(line.id, data.placements, grid.phases.map((p) => p.id))
                  .map((f) => vocab.label('LearningForm', f));
                const text = [line.description, forms.length ? t('overview.forms', { forms: forms.join(', ') }) : ''].filter(Boolean).join(' — ');
                return <li key={line.id}><strong>{line.label}:</strong> {text || t('overview.noForms')}</li>;
              })}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
