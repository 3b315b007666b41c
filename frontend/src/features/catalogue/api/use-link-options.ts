import { useCompetencyOptions } from '@/api/reference/competencies';
import { useLearningGoalOptions } from '@/api/reference/learning-goals';
import { useThemeOptions } from '@/api/reference/themes';

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
