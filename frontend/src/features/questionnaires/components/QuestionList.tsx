import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Question } from '../api/types';

export interface QuestionListProps {
  questions: Question[];
  /** Drafts only: reorder, change and delete. */
  editable: boolean;
  onMove: (question: Question, position: number) => void;
  onEdit: (question: Question) => void;
  onDelete: (question: Question) => void;
}

/**
 * The questions in their order. In a draft each has a handle that moves it by mouse (drag) or by keyboard (focus
 * the handle, Space to pick up, arrow keys, Space to drop, Escape to cancel), with Dutch announcements for screen
 * readers (dnd-kit's live region).
 */
export function QuestionList({ questions, editable, onMove, onEdit, onDelete }: QuestionListProps) {
  const { t } = useTranslation('questionnaires');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const number = (id: UniqueIdentifier) => questions.findIndex((question) => question.id === id) + 1;
  // Where the question was last announced: dnd-kit reports "over itself" right after the pick-up, which would
  // drown the pick-up's own announcement.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t('move.picked', { number: number(active.id), total: questions.length });
    },
    onDragOver: ({ active, over }) => {
      if ((over?.id ?? null) === lastOver.current) return undefined;
      lastOver.current = over?.id ?? null;
      return over ? t('move.over', { number: number(active.id), position: number(over.id), total: questions.length }) : t('move.outside');
    },
    onDragEnd: ({ active, over }) =>
      over ? t('move.dropped', { number: number(active.id), position: number(over.id), total: questions.length }) : t('move.cancelled'),
    onDragCancel: ({ active }) => t('move.cancelledAt', { number: number(active.id) }),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('move.instructions') };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const question = questions.find((item) => item.id === active.id);
    const position = questions.findIndex((item) => item.id === over.id);
    if (question && position >= 0) onMove(question, position);
  };

  const list = (
    <ol className="lk-question-list" aria-label={t('builder.questionsLabel')}>
      {questions.map((question, index) => (
        <QuestionItem key={question.id} question={question} number={index + 1} total={questions.length}
          editable={editable} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </ol>
  );
  if (!editable) return list;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions }}>
      <SortableContext items={questions.map((question) => question.id)} strategy={verticalListSortingStrategy}>
        {list}
      </SortableContext>
    </DndContext>
  );
}

interface QuestionItemProps {
  question: Question;
  number: number;
  total: number;
  editable: boolean;
  onEdit: (question: Question) => void;
  onDelete: (question: Question) => void;
}

function QuestionItem({ question, number, total, editable, onEdit, onDelete }: QuestionItemProps) {
  const { t } = useTranslation('questionnaires');
  const vocab = useVocabulary();
  const sortable = useSortable({ id: question.id, disabled: !editable });
  const style = { transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition };
  const tags = [
    vocab.label('QuestionType', question.type),
    question.required ? null : t('question.optional'),
    question.level ? vocab.label('MeasurementLevel', question.level) : null,
    question.dimension ? vocab.label('Dimension', question.dimension) : null,
    question.transferLever ? vocab.label('TransferLever', question.transferLever) : null,
    question.evaluationAspect ? vocab.label('EvaluationAspect', question.evaluationAspect) : null,
  ].filter(Boolean);
  return (
    <li ref={sortable.setNodeRef} style={style}
      className={`lk-question-item${sortable.isDragging ? ' lk-question-item--dragging' : ''}`}>
      {editable ? (
        <button type="button" className="lk-drag-handle" {...sortable.attributes} {...sortable.listeners}
          aria-label={t('move.handle', { number, total, text: question.text })}>
          <span aria-hidden="true">⠿</span>
        </button>
      ) : null}
      <div className="lk-question-body">
        <p className="lk-question-text"><span className="lk-question-number">{number}.</span> {question.text}</p>
        <p className="lk-question-tags">{tags.join(' · ')}</p>
        {question.options.length ? (
          <p className="lk-question-options">{question.options.map((option) => option.label).join(' / ')}</p>
        ) : null}
      </div>
      {editable ? (
        <ButtonGroup className="lk-question-actions">
          <Button appearance="secondary-action-button" onClick={() => onEdit(question)}
            aria-label={t('builder.editNumbered', { number })}>{t('builder.edit')}</Button>
          <Button appearance="subtle-button" hint="danger" onClick={() => onDelete(question)}
            aria-label={t('builder.deleteNumbered', { number })}>{t('builder.delete')}</Button>
        </ButtonGroup>
      ) : null}
    </li>
  );
}
