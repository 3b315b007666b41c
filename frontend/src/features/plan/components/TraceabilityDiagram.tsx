import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { useVocabulary } from '@/i18n/vocabulary';
import type { InterventionRef, Traceability } from '../api/types';
import './traceability.css';

function Interventions({ items }: { items: InterventionRef[] }) {
  const { t } = useTranslation('plan');
  if (items.length === 0) {
    return <p className="lk-trace__gap-note">{t('trace.noIntervention')}</p>;
  }
  return (
    <ul className="lk-trace__interventions">
      {items.map((i) => (
        <li key={i.id} className="lk-trace__card lk-trace__card--intervention">
          <AppLink to={`/catalogus/${i.id}`}>{i.title}</AppLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The plan's figures 3 and 5: per development, columns goal → learning goal → interventions, drawn with
 * CSS. The nesting is real lists, so it also reads in order; the table next to it is the full alternative.
 */
export function TraceabilityDiagram({ tree }: { tree: Traceability }) {
  const { t } = useTranslation('plan');
  const vocab = useVocabulary();
  return (
    <div className="lk-trace">
      {tree.developments.map((development) => (
        <section key={development.id} className="lk-trace__development" aria-labelledby={`trace-${development.id}`}>
          <Heading3 id={`trace-${development.id}`} className="lk-trace__development-title">
            {development.title}
          </Heading3>
          <Paragraph className="lk-trace__summary">
            {t('trace.developmentSummary', {
              goals: t('counts.goals', { count: development.goals.length }),
              interventions: t('counts.interventions', { count: development.interventionCount }),
              gaps: t('counts.gaps', { count: development.learningGoalGaps }),
            })}
          </Paragraph>
          <div className="lk-trace__columns" aria-hidden="true">
            <span>{t('trace.columns.goals')}</span>
            <span>{t('trace.columns.learningGoals')}</span>
            <span>{t('trace.columns.interventions')}</span>
          </div>
          {development.goals.length === 0 ? (
            <Paragraph className="lk-muted">{t('structure.noGoals')}</Paragraph>
          ) : (
            <ul className="lk-trace__goals">
              {development.goals.map((goal) => (
                <li key={goal.id} className="lk-trace__row">
                  <div className="lk-trace__card lk-trace__card--goal">
                    <span className="visually-hidden">{t('kinds.goals.one')}: </span>
                    {goal.title}
                  </div>
                  {goal.learningGoals.length === 0 ? (
                    <p className="lk-trace__gap-note">{t('structure.noLearningGoals')}</p>
                  ) : (
                    <ul className="lk-trace__learning-goals">
                      {goal.learningGoals.map((lg) => {
                        const gap = lg.interventions.length === 0;
                        return (
                          <li key={lg.id} className="lk-trace__row lk-trace__row--inner">
                            <div className={`lk-trace__card lk-trace__card--learning-goal${gap ? ' lk-trace__card--gap' : ''}`}>
                              <span className="visually-hidden">{t('kinds.learning-goals.one')}: </span>
                              {lg.title}
                              <span className="lk-trace__audience">{vocab.label('Audience', lg.audience)}</span>
                              {gap ? <strong className="lk-trace__gap-label">{t('trace.gap')}</strong> : null}
                            </div>
                            <Interventions items={lg.interventions} />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {tree.themes.length > 0 ? (
        <section className="lk-trace__development" aria-labelledby="trace-themes">
          <Heading3 id="trace-themes" className="lk-trace__development-title">{t('trace.themesTitle')}</Heading3>
          <ul className="lk-trace__goals">
            {tree.themes.map((theme) => (
              <li key={theme.id} className="lk-trace__row lk-trace__row--theme">
                <div className={`lk-trace__card lk-trace__card--goal${theme.interventions.length ? '' : ' lk-trace__card--gap'}`}>
                  <span className="visually-hidden">{t('kinds.themes.one')}: </span>
                  {theme.title}
                </div>
                <Interventions items={theme.interventions} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <UnlinkedInterventions items={tree.unlinkedInterventions} />
    </div>
  );
}

/** Strategic interventions that serve none of the plan's learning goals or themes. */
export function UnlinkedInterventions({ items }: { items: InterventionRef[] }) {
  const { t } = useTranslation('plan');
  if (items.length === 0) return null;
  return (
    <section className="lk-trace__development" aria-labelledby="trace-unlinked">
      <Heading3 id="trace-unlinked" className="lk-trace__development-title">{t('trace.unlinkedTitle')}</Heading3>
      <Paragraph className="lk-trace__summary">{t('trace.unlinkedIntro')}</Paragraph>
      <ul className="lk-trace__interventions lk-trace__interventions--wide">
        {items.map((i) => (
          <li key={i.id} className="lk-trace__card lk-trace__card--intervention">
            <AppLink to={`/catalogus/${i.id}`}>{i.title}</AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
