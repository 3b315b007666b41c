import { useCompetencyOptions } from '@/api/reference/competencies';
import { useLearningGoalOptions } from '@/api/reference/learning-goals';
import { useDevelopmentOptions, useGoalOptions } from '@/api/reference/plan-tree';
import { useThemeOptions } from '@/api/reference/themes';

/** The plan's developments and goals, for the catalogue's filters (intervention → learning goal → goal →
 * development). */
export function usePlanFilterOptions() {
  const developments = useDevelopmentOptions();
  const goals = useGoalOptions();
  return { developments: developments.data ?? [], goals: goals.data ?? [] };
}

/** What an intervention can link to, for pickers and filters: the organisation's learning goals,
 * strategic themes and competencies (the first 200 of each), shared with the features that edit them. */
export function useLinkOptions() {
  const learningGoals = useLearningGoalOptions();
  const themes = useThemeOptions();
  const competencies = useCompetencyOptions();
  return {
    learningGoals: learningGoals.data ?? [],
    themes: themes.data ?? [],
    competencies: competencies.data ?? [],
    isPending: learningGoals.isPending || themes.isPending || competencies.isPending,
    error: learningGoals.error ?? themes.error ?? competencies.error,
  };
}
