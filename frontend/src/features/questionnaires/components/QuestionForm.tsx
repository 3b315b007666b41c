import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProps } from '@/components/FormActions';
import { useCompetencyOptions } from '@/api/reference/competencies';
import { useLearningGoalOptions } from '@/api/reference/learning-goals';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/FormField';
import { formFieldErrors, FormProblem } from '@/components/FormProblem';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Dimension, MeasurementLevel, Question, QuestionCreate, QuestionType } from '../api/types';
import { DIMENSIONS_BY_LEVEL, isChoice, isScale, nextOptionKey } from '../lib/questions';

/** What the form sends: the same body for adding and for changing a question (no position: moves are separate). */
export type QuestionValues = Omit<QuestionCreate, 'position'>;

interface OptionRow {
  key: string;
  label: string;
}

export interface QuestionFormProps extends Omit<FormProps<QuestionValues>, 'onReload'> {
  question?: Question;
  onCancel: () => void;
}

/** Add or change a question: the fields follow its type (options for a choice, anchors for a scale) and its level
 * (the dimensions of that level). */
export function QuestionForm({ question, submitLabel, busy, error, onSubmit, onCancel }: QuestionFormProps) {
  const { t } = useTranslation('questionnaires');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const competencies = useCompetencyOptions();
  const learningGoals = useLearningGoalOptions();
  const [type, setType] = useState<QuestionType>(question?.type ?? 'likert_5');
  const [level, setLevel] = useState<MeasurementLevel | ''>(question?.level ?? '');
  const [dimension, setDimension] = useState<Dimension | ''>(question?.dimension ?? '');
  const [options, setOptions] = useState<OptionRow[]>(
    question?.options.length ? question.options : [{ key: 'optie_1', label: '' }, { key: 'optie_2', label: '' }],
  );
  const errors = formFieldErrors(error);
  const none = { value: '', label: t('question.none') };
  const dimensions = level ? DIMENSIONS_BY_LEVEL[level] : [];

  return (
    <form
      className="lk-form lk-question-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const text = (name: string) => String(data.get(name) ?? '').trim();
        onSubmit({
          text: text('text'),
          helpText: text('helpText'),
          type,
          required: data.get('required') === 'on',
          options: isChoice(type) ? options.map((option) => ({ key: option.key, label: option.label.trim() })) : [],
          scaleMinLabel: isScale(type) ? text('scaleMinLabel') : '',
          scaleMaxLabel: isScale(type) ? text('scaleMaxLabel') : '',
          level: level || null,
          dimension: dimension || null,
          transferLever: (text('transferLever') || null) as QuestionValues['transferLever'],
          evaluationAspect: (text('evaluationAspect') || null) as QuestionValues['evaluationAspect'],
          competencyId: text('competencyId') || null,
          learningGoalId: text('learningGoalId') || null,
        });
      }}
    >
      <FormProblem error={error} focusOnOpen />
      <TextAreaField label={t('question.text')} name="text" required rows={2} maxLength={2000}
        defaultValue={question?.text} error={errors.text} />
      <TextField label={t('question.helpText')} name="helpText" maxLength={2000} defaultValue={question?.helpText}
        error={errors.helpText} description={t('question.helpTextHelp')} />
      <SelectField label={t('question.type')} name="type" value={type} error={errors.type}
        onChange={(event) => setType(event.target.value as QuestionType)} options={vocab.options('QuestionType')} />
      <CheckboxField label={t('question.required')} name="required" defaultChecked={question?.required ?? true} />
      {isChoice(type) ? (
        <Fieldset className="lk-options">
          <FieldsetLegend>{t('question.options')}</FieldsetLegend>
          {errors.options ? <p className="utrecht-form-field__error-message">{errors.options}</p> : null}
          {options.map((option, index) => (
            <div key={option.key} className="lk-option-row">
              <TextField label={t('question.optionLabel', { number: index + 1 })} name={`option-${option.key}`}
                value={option.label} maxLength={300} required error={errors[`options.${index}.label`]}
                onChange={(event) => setOptions(options.map((o) => (o.key === option.key ? { ...o, label: event.target.value } : o)))} />
              <Button type="button" appearance="subtle-button" disabled={options.length <= 1}
                onClick={() => setOptions(options.filter((o) => o.key !== option.key))}>
                {t('question.removeOption', { number: index + 1 })}
              </Button>
            </div>
          ))}
          <Button type="button" appearance="secondary-action-button"
            onClick={() => setOptions([...options, { key: nextOptionKey(options.map((o) => o.key)), label: '' }])}>
            {t('question.addOption')}
          </Button>
        </Fieldset>
      ) : null}
      {isScale(type) ? (
        <div className="lk-form-row">
          <TextField label={t('question.scaleMinLabel')} name="scaleMinLabel" maxLength={200}
            defaultValue={question?.scaleMinLabel} error={errors.scaleMinLabel} description={t('question.anchorHelp')} />
          <TextField label={t('question.scaleMaxLabel')} name="scaleMaxLabel" maxLength={200}
            defaultValue={question?.scaleMaxLabel} error={errors.scaleMaxLabel} />
        </div>
      ) : null}
      <div className="lk-form-row">
        <SelectField label={t('question.level')} name="level" value={level} error={errors.level}
          onChange={(event) => {
            const next = event.target.value as MeasurementLevel | '';
            setLevel(next);
            if (!next || !DIMENSIONS_BY_LEVEL[next].includes(dimension as Dimension)) setDimension('');
          }}
          options={[none, ...vocab.options('MeasurementLevel')]} />
        <SelectField label={t('question.dimension')} name="dimension" value={dimension} error={errors.dimension}
          disabled={!level} description={level ? undefined : t('question.dimensionHelp')}
          onChange={(event) => setDimension(event.target.value as Dimension | '')}
          options={[none, ...dimensions.map((value) => ({ value, label: vocab.label('Dimension', value) }))]} />
      </div>
      <div className="lk-form-row">
        <SelectField label={t('question.transferLever')} name="transferLever" defaultValue={question?.transferLever ?? ''}
          error={errors.transferLever} description={t('question.transferLeverHelp')}
          options={[none, ...vocab.options('TransferLever')]} />
        <SelectField label={t('question.evaluationAspect')} name="evaluationAspect"
          defaultValue={question?.evaluationAspect ?? ''} error={errors.evaluationAspect}
          description={t('question.evaluationAspectHelp')} options={[none, ...vocab.options('EvaluationAspect')]} />
      </div>
      <div className="lk-form-row">
        <SelectField label={t('question.competency')} name="competencyId" defaultValue={question?.competencyId ?? ''}
          error={errors.competencyId}
          options={[none, ...(competencies.data ?? []).map((option) => ({ value: option.id, label: option.label }))]} />
        <SelectField label={t('question.learningGoal')} name="learningGoalId" defaultValue={question?.learningGoalId ?? ''}
          error={errors.learningGoalId}
          options={[none, ...(learningGoals.data ?? []).map((option) => ({ value: option.id, label: option.label }))]} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{submitLabel}</Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>{tc('actions.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
