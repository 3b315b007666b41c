import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { formatDateLong } from '@/lib/format';
import type { Person } from '../api/types';
import './people.css';

/** People as a table (name, number, team, e-mail, left on); on a phone each row is a card with its labels. */
export function PeopleTable({ caption, rows }: { caption: string; rows: Person[] }) {
  const { t, i18n } = useTranslation('people');
  const captionId = useId();
  const columns = [
    { key: 'number', header: t('fields.employeeNumber'), render: (p: Person) => p.employeeNumber },
    { key: 'team', header: t('fields.team'), render: (p: Person) => p.team || '—' },
    { key: 'email', header: t('fields.email'), render: (p: Person) => p.email || '—' },
    { key: 'employment', header: t('list.employment'),
      render: (p: Person) => (p.leftOn ? t('list.leftOn', { date: formatDateLong(p.leftOn, i18n.language) })
        : t('list.employed')) },
  ];
  return (
    <div className="lk-table-scroll lk-people-table lk-stacks" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="lk-table" role="table">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader role="rowgroup">
          <TableRow role="row">
            <TableHeaderCell scope="col" role="columnheader">{t('fields.name')}</TableHeaderCell>
            {columns.map((c) => <TableHeaderCell key={c.key} scope="col" role="columnheader">{c.header}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {rows.map((row) => (
            <TableRow key={row.id} role="row">
              <TableHeaderCell scope="row" role="rowheader">
                <AppLink to={`/medewerkers/${row.id}`}>{row.name}</AppLink>
              </TableHeaderCell>
              {columns.map((c) => (
                <TableCell key={c.key} role="cell" data-label={c.header}>{c.render(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
