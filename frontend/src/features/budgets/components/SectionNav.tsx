import { useTranslation } from 'react-i18next';

export interface Section {
  id: string;
  label: string;
}

/**
 * "Op deze pagina": a short table of contents. Following a link moves focus to the section's heading, so the
 * next Tab lands in that section (a keyboard user reaches a stream's lines in a few Tabs, not dozens).
 */
export function SectionNav({ sections }: { sections: Section[] }) {
  const { t } = useTranslation('budgets');
  const go = (id: string) => {
    const heading = document.getElementById(id)?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="lk-toc" aria-labelledby="budget-toc-title">
      <p id="budget-toc-title" className="lk-toc__title">{t('toc.title')}</p>
      <ul className="lk-toc__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} onClick={(e) => { e.preventDefault(); go(section.id); }}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
