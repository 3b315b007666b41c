/** The respondent's page (/antwoorden#<token>): its own small bundle, without the staff app's router, query
 * client, i18n or component library. */
import '@utrecht/design-tokens/dist/index.css';
import './respondent.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RespondentApp } from './RespondentApp';

const root = document.getElementById('respondent');
if (!root) throw new Error('No #respondent element');

createRoot(root).render(
  <StrictMode>
    <RespondentApp />
  </StrictMode>,
);
