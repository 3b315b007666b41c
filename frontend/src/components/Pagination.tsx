import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Names the navigation landmark when a page has more than one list. */
  label?: string;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

export function Pagination({ page, pageSize, total, onPageChange, label }: PaginationProps) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  return (
    <nav className="lk-pagination" aria-label={label ?? t('pagination.label')}>
      <Paragraph className="lk-pagination__status" aria-live="polite">
        {t('pagination.status', { page, pages, count: total })}
      </Paragraph>
      {pages > 1 ? (
        <div className="lk-pagination__buttons">
          <Button
            appearance="secondary-action-button"
            disabled={page <= 1}
            onClick={() => onPageChange(page - 1)}
          >
            {t('pagination.previous')}
          </Button>
          <Button
            appearance="secondary-action-button"
            disabled={page >= pages}
            onClick={() => onPageChange(page + 1)}
          >
            {t('pagination.next')}
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
