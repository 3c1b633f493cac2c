// A chart's figures as a table: one row per bar (its label, count and yen), and their total below.
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { useStaffMessages } from '../messages';
import { useOverviewMessages } from './messages';

/** One bar of a chart, its label already formatted. */
export interface FigureRow {
  key: string | number;
  label: string;
  count: number;
  amount: number;
}

interface Props {
  /** The chart's caption: the table's accessible name. */
  caption: string;
  headings: { label: string; count: string; amount: string };
  rows: readonly FigureRow[];
  total: { count: number; amount: number };
}

export function FigureTable({ caption, headings, rows, total }: Props) {
  const { language } = useI18n();
  const words = useOverviewMessages();
  const staffWords = useStaffMessages();
  return (
    <table className="overview-numbers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headings.label}</th>
          <th scope="col" className="amount">
            {headings.count}
          </th>
          <th scope="col" className="amount">
            {headings.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="amount">{staffWords.count(row.count)}</td>
            <td className="amount">{formatYen(row.amount, language)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{words.total}</th>
          <td className="amount">{staffWords.count(total.count)}</td>
          <td className="amount">{formatYen(total.amount, language)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
