import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * SLOT: the principle checks beside the grid. The `checks` helper's `PrincipleChecksPanel` goes here when merged;
 * until then the place says so.
 */
export function PrincipleChecksSlot({ programmeId: _programmeId, canEdit: _canEdit }: { programmeId: string; canEdit: boolean }) {
  const { t } = useTranslation('programmes');
  return (
    <section aria-labelledby="checks-title" className="lk-checks-slot">
      <Heading3 id="checks-title">{t('checks.title')}</Heading3>
      <Paragraph className="lk-muted">{t('checks.unavailable')}</Paragraph>
    </section>
  );
}
