import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ImportFlow } from '@/components/ImportFlow';
import { useImportPeople } from '../api/use-person-mutations';
import { PeopleImportPreview } from '../components/PeopleImportPreview';

/** An HR export's import; the preview also asks whether the people missing from the file have left. */
export function ImportPeoplePage() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const [markMissing, setMarkMissing] = useState(false);

  return (
    <ImportFlow
      namespace="people"
      backTo="/medewerkers"
      useImport={useImportPeople}
      params={{ markMissingAsLeft: false }}
      importParams={{ markMissingAsLeft: markMissing }}
      preview={(result, busy, onImport) => (
        <PeopleImportPreview result={result} busy={busy} markMissing={markMissing} onMarkMissing={setMarkMissing}
          onImport={onImport} />
      )}
      onDone={(result) => void navigate('/medewerkers', { state: { notice: t('import.done', {
        created: result.counts.created, updated: result.counts.updated, left: result.counts.markedAsLeft }) } })}
    />
  );
}
