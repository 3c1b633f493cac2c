// Invoices awaiting payment by the week they fall due: a bar of yen per week, its count above it.
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { PaymentsOverviewQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/i18n/formatDate';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { ChartFigure } from './ChartFigure';
import { barColour, largest, sum } from './chartData';
import { tickAmount, tickDay } from './chartFormats';
import { useOverviewMessages } from './messages';

type DueWeek = PaymentsOverviewQuery['paymentsOverview']['dueWeeks'][number];

export function DueWeeksChart({ weeks }: { weeks: readonly DueWeek[] }) {
  const { language } = useI18n();
  const words = useOverviewMessages();

  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 280,
        marginLeft: 56,
        x: {
          type: 'band',
          label: null,
          tickFormat: (week: string) => tickDay(week, language),
        },
        y: {
          label: words.amountAxis,
          grid: true,
          tickFormat: (amount: number) => tickAmount(amount, language),
        },
        marks: [
          Plot.barY(weeks, {
            x: 'weekStarting',
            y: 'amount',
            fill: barColour,
            title: (week: DueWeek) =>
              `${words.weekOf(formatDate(week.weekStarting, language))}: ${formatYen(week.amount, language)} (${words.count(week.invoices)})`,
          }),
          Plot.text(weeks, {
            x: 'weekStarting',
            y: 'amount',
            text: (week: DueWeek) => words.count(week.invoices),
            dy: -8,
          }),
          Plot.ruleY([0]),
        ],
      }),
    [weeks, words, language],
  );

  const caption = words.dueWeeksCaption;
  const peak = largest(weeks);
  if (peak === undefined) {
    return (
      <section className="card overview-figure">
        <h2>{caption}</h2>
        <p className="empty-state">{words.dueWeeksEmpty}</p>
      </section>
    );
  }
  const invoices = sum(weeks, (week) => week.invoices);
  const amount = sum(weeks, (week) => week.amount);
  const summary = words.dueWeeksSummary(invoices, formatYen(amount, language), weeks.length, {
    label: formatDate(peak.weekStarting, language),
    amount: formatYen(peak.amount, language),
    count: peak.invoices,
  });

  return (
    <ChartFigure caption={caption} note={words.dueWeeksNote} summary={summary} draw={draw}>
      <table className="overview-numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columnWeekStarting}</th>
            <th scope="col" className="amount">
              {words.columnInvoices}
            </th>
            <th scope="col" className="amount">
              {words.columnAmount}
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStarting}>
              <th scope="row">{formatDate(week.weekStarting, language)}</th>
              <td className="amount">{words.count(week.invoices)}</td>
              <td className="amount">{formatYen(week.amount, language)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.total}</th>
            <td className="amount">{words.count(invoices)}</td>
            <td className="amount">{formatYen(amount, language)}</td>
          </tr>
        </tfoot>
      </table>
    </ChartFigure>
  );
}
