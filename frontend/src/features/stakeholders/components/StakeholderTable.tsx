import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { useVocabulary } from '@/i18n/vocabulary';
import type { Stakeholder } from '../api/types';
import './stakeholders.css';

export interface ExtraColumn<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
}

/**
 * The stakeholders as a table holding everything the grid shows and more (name, role, unit, influence, affected,
 * quadrant, programmes). On a phone each row becomes a card with its labels; the explicit roles keep it a table
 * for screen readers when CSS changes its display.
 */
export function StakeholderTable<T extends Stakeholder>({
  caption,
  rows,
  extraColumns = [],
}: {
  caption: string;
  rows: T[];
  extraColumns?: ExtraColumn<T>[];
}) {
  const { t } = useTranslation('stakeholders');
  const vocab = useVocabulary();
  const captionId = useId();
  const columns: ExtraColumn<T>[] = [
    { key: 'role', header: t('fields.role'), render: (s) => vocab.label('StakeholderRole', s.role) },
    { key: 'unit', header: t('fields.unit'), render: (s) => s.unit || '—' },
    { key: 'influence', header: t('fields.influence'), render: (s) => vocab.label('Degree', s.influence) },
    { key: 'affected', header: t('fields.affected'), render: (s) => vocab.label('Degree', s.affected) },
    { key: 'quadrant', header: t('fields.quadrant'), render: (s) => vocab.label('Quadrant', s.quadrant) },
    { key: 'programmes', header: t('fields.programmes'),
      render: (s) => t('table.programmes', { count: s.programmeIds.length }) },
    ...extraColumns,
  ];
  return (
    <div className="lk-table-scroll lk-stakeholder-table lk-stacks" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="lk-table" role="table">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader role="rowgroup">
          <TableRow role="row">
            <TableHeaderCell scope="col" role="columnheader">{t('fields.name')}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col" role="columnheader">{column.header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {rows.map((row) => (
            <TableRow key={row.id} role="row">
              <TableHeaderCell scope="row" role="rowheader">
                <AppLink to={`/belanghebbenden/${row.id}`}>{row.name}</AppLink>
              </TableHeaderCell>
              {columns.map((column) => (
                <TableCell key={column.key} role="cell" data-label={column.header}>
                  {column.render(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
