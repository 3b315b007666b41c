import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QuestionnaireView } from '@/respondent/questions/Questionnaire';
import { useInstrument } from '../api/use-instrument';
import { useQuestions } from '../api/use-questions';
import '../components/questionnaires.css';

/** `/vragenlijsten/:id/voorbeeld`: the questionnaire exactly as a respondent sees it (the respondent page's own
 * question renderers, in the questionnaire's language); answers here are sent nowhere. */
export function PreviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('questionnaires');
  const instrument = useInstrument(id);
  const questions = useQuestions(id);
  if (instrument.isPending || questions.isPending) return <LoadingState />;
  if (instrument.isError) return <ProblemAlert error={instrument.error} />;
  if (questions.isError) return <ProblemAlert error={questions.error} />;
  return (
    <>
      <PageHeader title={t('preview.title', { title: instrument.data.title })} />
      <p><AppLink to={`/vragenlijsten/${id}`}>{t('preview.back')}</AppLink></p>
      <Alert type="info" className="lk-notice"><Paragraph>{t('preview.note')}</Paragraph></Alert>
      <div className="lk-preview">
        <QuestionnaireView title={instrument.data.title} intro={instrument.data.intro} language={instrument.data.language}
          questions={questions.data} headingLevel={2} />
      </div>
    </>
  );
}
