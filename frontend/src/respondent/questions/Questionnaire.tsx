import { useState } from 'react';
import { QuestionField } from './QuestionField';
import type { AnswerValue, RespondentQuestion } from './types';
import './QuestionField.css';

export interface QuestionnaireViewProps {
  title: string;
  intro: string;
  language: string;
  questions: RespondentQuestion[];
  /** The heading level of the title (the preview sits under a page heading). */
  headingLevel?: 1 | 2;
}

/** The questionnaire as the respondent sees it, answerable but sent nowhere: the preview of the staff app. The
 * respondent's page adds saving, progress and sending around the same QuestionField. */
export function QuestionnaireView({ title, intro, language, questions, headingLevel = 1 }: QuestionnaireViewProps) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="rq-questionnaire" lang={language}>
      <Heading className="rq-heading">{title}</Heading>
      {intro ? intro.split(/\n{2,}/).map((paragraph, index) => <p key={index} className="rq-intro">{paragraph}</p>) : null}
      <form className="rq-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {questions.map((question, index) => (
          <QuestionField
            key={question.id}
            question={question}
            number={index + 1}
            language={language}
            value={answers[question.id] ?? null}
            onChange={(value) => setAnswers((all) => ({ ...all, [question.id]: value }))}
          />
        ))}
      </form>
    </div>
  );
}
