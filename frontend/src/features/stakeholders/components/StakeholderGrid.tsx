import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Quadrant, Stakeholder } from '../api/types';
import { GRID_ROWS } from './quadrants';
import './stakeholders.css';

type Level = 2 | 3 | 4 | 5;

/**
 * The influence x affected grid (Mendelow): four quadrants, each a labelled list of its stakeholders as links.
 * The axes are named in text beside the grid, and every quadrant says what its position means, so the grid is
 * readable without seeing its layout; on a phone the quadrants stack.
 */
export function StakeholderGrid({
  stakeholders,
  headingLevel = 3,
  label,
}: {
  stakeholders: Pick<Stakeholder, 'id' | 'name' | 'quadrant'>[];
  /** The level of each quadrant's heading. */
  headingLevel?: Level;
  label: string;
}) {
  const { t } = useTranslation('stakeholders');
  const vocab = useVocabulary();
  const byQuadrant = (quadrant: Quadrant) => stakeholders.filter((s) => s.quadrant === quadrant);
  return (
    <div className="lk-stakeholder-grid" role="group" aria-label={label}>
      <p className="lk-stakeholder-grid__axis lk-stakeholder-grid__axis--y" aria-hidden="true">
        <span>{t('grid.influence')}</span>
        <span className="lk-stakeholder-grid__ends">
          <span>{t('grid.high')}</span>
          <span>{t('grid.low')}</span>
        </span>
      </p>
      <div className="lk-stakeholder-grid__cells">
        {GRID_ROWS.flat().map((quadrant) => {
          const people = byQuadrant(quadrant);
          const headingId = `quadrant-${quadrant}-${headingLevel}`;
          return (
            <section key={quadrant} className={`lk-quadrant lk-quadrant--${quadrant}`} aria-labelledby={headingId}>
              <Heading level={headingLevel} id={headingId} className="lk-quadrant__title">
                {vocab.label('Quadrant', quadrant)}{' '}
                <span className="lk-quadrant__count">({people.length})</span>
              </Heading>
              <p className="lk-quadrant__hint">{t(`grid.hint.${quadrant}`)}</p>
              {people.length ? (
                <ul className="lk-quadrant__people">
                  {people.map((person) => (
                    <li key={person.id}>
                      <AppLink to={`/belanghebbenden/${person.id}`} className="lk-chip">{person.name}</AppLink>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="lk-quadrant__empty">{t('grid.empty')}</p>
              )}
            </section>
          );
        })}
      </div>
      <p className="lk-stakeholder-grid__axis lk-stakeholder-grid__axis--x" aria-hidden="true">
        <span>{t('grid.low')}</span>
        <span>{t('grid.affected')}</span>
        <span>{t('grid.high')}</span>
      </p>
    </div>
  );
}
