import type { TFunction } from 'i18next';
import type { VocabularyOption } from '@/i18n/vocabulary';
import type { FieldSpec } from './ProgrammeFieldsForm';

interface Options {
  statuses: VocabularyOption<string>[];
  competencyFrameworks: { value: string; label: string }[];
  dnaFrameworks: { value: string; label: string }[];
  moments: VocabularyOption<string>[];
  levels: VocabularyOption<string>[];
}

/** The programme's own fields of each step that has them (steps 1, 4, 5 and 6), as the step's form shows them. */
export function stepFields(t: TFunction<'programmes'>, o: Options) {
  const none = { value: '', label: t('fields.none') };
  return {
    goal: [
      { name: 'title', kind: 'text', label: t('fields.title'), required: true },
      { name: 'status', kind: 'select', label: t('fields.status'), options: o.statuses },
      { name: 'why', kind: 'textarea', label: t('fields.why') },
      { name: 'outcomes', kind: 'textarea', label: t('fields.outcomes') },
      { name: 'contributesTo', kind: 'textarea', label: t('fields.contributesTo') },
      { name: 'constraints', kind: 'lines', label: t('fields.constraints'), description: t('fields.linesHelp') },
      { name: 'purpose', kind: 'textarea', label: t('fields.purpose') },
      { name: 'targetGroup', kind: 'textarea', label: t('fields.targetGroup') },
      { name: 'durationMonths', kind: 'number', label: t('fields.durationMonths') },
      { name: 'competencyFrameworkId', kind: 'select', label: t('fields.competencyFramework'), options: [none, ...o.competencyFrameworks] },
      { name: 'dnaFrameworkId', kind: 'select', label: t('fields.dnaFramework'), options: [none, ...o.dnaFrameworks] },
    ],
    storyline: [
      { name: 'storylineTitle', kind: 'text', label: t('fields.storylineTitle'), description: t('fields.storylineHelp') },
      { name: 'storylineNarrative', kind: 'textarea', label: t('fields.storylineNarrative') },
    ],
    implementation: [
      { name: 'kickOff', kind: 'textarea', label: t('fields.kickOff') },
      { name: 'learningMaterials', kind: 'lines', label: t('fields.learningMaterials'), description: t('fields.linesHelp') },
      { name: 'onboarding', kind: 'textarea', label: t('fields.onboarding') },
      { name: 'communicationMeans', kind: 'lines', label: t('fields.communicationMeans'), description: t('fields.linesHelp') },
    ],
    measurement: [
      { name: 'measurementMoments', kind: 'checkboxes', label: t('fields.measurementMoments'), options: o.moments },
      { name: 'measurementLevels', kind: 'checkboxes', label: t('fields.measurementLevels'), options: o.levels },
      { name: 'measurementNotes', kind: 'textarea', label: t('fields.measurementNotes') },
    ],
  } satisfies Record<string, FieldSpec[]>;
}
