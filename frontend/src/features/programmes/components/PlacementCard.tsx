import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatNumber } from '@/lib/money';
import type { FrameworkPlacement } from '../api/types';
import { isMoveKey, type MoveKey } from '../lib/move';
import { KolbIcon } from './KolbIcon';

export interface PlacementActions {
  onMoveKey: (placement: FrameworkPlacement, key: MoveKey) => void;
  onMove: (placement: FrameworkPlacement) => void;
  onEdit: (placement: FrameworkPlacement) => void;
  onRemove: (placement: FrameworkPlacement) => void;
}

/**
 * One placed intervention: its title, Kolb phase (shape and name), week and duration. Editors move a focused card
 * with the arrow keys (described to screen readers by `hintId`) or through "Verplaatsen".
 */
export function PlacementCard({
  placement,
  canEdit,
  hintId,
  actions,
}: {
  placement: FrameworkPlacement;
  canEdit: boolean;
  hintId: string;
  actions: PlacementActions;
}) {
  const { t, i18n } = useTranslation('programmes');
  const vocab = useVocabulary();
  const title = placement.intervention.title;
  const hours = placement.durationHours ?? placement.intervention.durationHours;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!canEdit || event.target !== event.currentTarget || !isMoveKey(event.key)) return;
    event.preventDefault();
    actions.onMoveKey(placement, event.key);
  };
  const titleId = `placement-${placement.id}-title`;
  return (
    <li className="lk-placement" data-placement-id={placement.id} tabIndex={canEdit ? 0 : undefined}
      aria-labelledby={canEdit ? titleId : undefined} aria-describedby={canEdit ? hintId : undefined} onKeyDown={onKeyDown}>
      <p className="lk-placement__title" id={titleId}>{title}</p>
      <p className="lk-placement__kolb">
        <KolbIcon phase={placement.kolbPhase} />
        <span>{vocab.label('KolbPhase', placement.kolbPhase)}</span>
      </p>
      <p className="lk-placement__meta">
        {t('grid.week', { week: placement.weekOffset + 1 })}
        {hours ? ` · ${t('grid.hours', { hours: formatNumber(hours, i18n.language) })}` : ''}
        {placement.intervention.learningForm ? ` · ${vocab.label('LearningForm', placement.intervention.learningForm)}` : ''}
      </p>
      {placement.note ? <p className="lk-placement__note">{placement.note}</p> : null}
      {canEdit ? (
        <ButtonGroup className="lk-placement__actions">
          <Button appearance="subtle-button" onClick={() => actions.onMove(placement)}>
            {t('grid.move')}<span className="visually-hidden"> ({title})</span>
          </Button>
          <Button appearance="subtle-button" onClick={() => actions.onEdit(placement)}>
            {t('grid.edit')}<span className="visually-hidden"> ({title})</span>
          </Button>
          <Button appearance="subtle-button" hint="danger" onClick={() => actions.onRemove(placement)}>
            {t('grid.remove')}<span className="visually-hidden"> ({title})</span>
          </Button>
        </ButtonGroup>
      ) : null}
    </li>
  );
}
