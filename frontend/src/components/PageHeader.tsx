import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let focusNextHeading = false;

/** Called by the layout when the user navigated, so the next page's heading takes focus. */
export function requestHeadingFocus(): void {
  focusNextHeading = true;
}

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1; also sets the document title and takes focus after navigation. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('documentTitle', { title });
  }, [t, title]);

  useEffect(() => {
    if (focusNextHeading) {
      focusNextHeading = false;
      ref.current?.focus();
    }
  }, []);

  return (
    <div className="lk-page-header">
      <div className="lk-page-header__text">
        <Heading1 ref={ref} tabIndex={-1} className="lk-page-header__title">
          {title}
        </Heading1>
        {description ? <Paragraph appearance="lead">{description}</Paragraph> : null}
      </div>
      {actions ? <div className="lk-page-header__actions">{actions}</div> : null}
    </div>
  );
}
