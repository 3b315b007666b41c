import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** How to read the effect report, in plain Dutch: effect sizes in words, the 95 % interval, paired and unpaired,
 * and why a figure is not shown. */
export function ReadingAid({ minimum }: { minimum: number }) {
  const { t } = useTranslation('reports');
  return (
    <section className="lk-section lk-report-reading" aria-labelledby="report-reading">
      <Heading2 id="report-reading">{t('reading.title')}</Heading2>
      <dl className="lk-facts">
        <dt>{t('reading.scaleTerm')}</dt><dd>{t('reading.scale')}</dd>
        <dt>{t('reading.magnitudeTerm')}</dt><dd>{t('reading.magnitude')}</dd>
        <dt>{t('reading.intervalTerm')}</dt><dd>{t('reading.interval')}</dd>
        <dt>{t('reading.pairedTerm')}</dt><dd>{t('reading.paired')}</dd>
        <dt>{t('reading.hiddenTerm')}</dt><dd>{t('reading.hidden', { minimum })}</dd>
      </dl>
      <Paragraph className="lk-muted">{t('reading.caution')}</Paragraph>
    </section>
  );
}
