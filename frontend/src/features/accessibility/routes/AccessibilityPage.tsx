import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';

const MEASURES = ['components', 'keyboard', 'language', 'testing'] as const;
const KNOWN = ['upcoming'] as const;

/** Our accessibility statement: the WCAG 2.1 AA commitment and how to report a problem. Public. */
export function AccessibilityPage() {
  const { t } = useTranslation('accessibility');
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <section className="lk-section" aria-labelledby="a11y-commitment">
        <Heading2 id="a11y-commitment">{t('commitmentTitle')}</Heading2>
        <Paragraph>{t('commitment')}</Paragraph>
      </section>
      <section className="lk-section" aria-labelledby="a11y-measures">
        <Heading2 id="a11y-measures">{t('measuresTitle')}</Heading2>
        <UnorderedList>
          {MEASURES.map((key) => (
            <UnorderedListItem key={key}>{t(`measures.${key}`)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section className="lk-section" aria-labelledby="a11y-known">
        <Heading2 id="a11y-known">{t('knownTitle')}</Heading2>
        <UnorderedList>
          {KNOWN.map((key) => (
            <UnorderedListItem key={key}>{t(`known.${key}`)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section className="lk-section" aria-labelledby="a11y-report">
        <Heading2 id="a11y-report">{t('reportTitle')}</Heading2>
        <Paragraph>{t('report')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t('reportWhat.page')}</UnorderedListItem>
          <UnorderedListItem>{t('reportWhat.problem')}</UnorderedListItem>
          <UnorderedListItem>{t('reportWhat.tools')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>{t('reportResponse')}</Paragraph>
        <Paragraph>{t('escalation')}</Paragraph>
      </section>
    </>
  );
}
