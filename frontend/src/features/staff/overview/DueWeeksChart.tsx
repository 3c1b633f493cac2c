// Invoices awaiting payment by the week they fall due: a bar of yen per week, its count above it.
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { PaymentsOverviewQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/i18n/formatDate';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { barPlot } from './barPlot';
import { ChartFigure, EmptyFigure } from './ChartFigure';
import { barColour, largest, sum } from './chartData';
import { tickAmount, tickDay } from './chartFormats';
import { FigureTable } from './FigureTable';
import { useStaffMessages } from '../messages';
import { useOverviewMessages } from './messages';

type DueWeek = PaymentsOverviewQuery['paymentsOverview']['dueWeeks'][number];

export function DueWeeksChart({ weeks }: { weeks: readonly DueWeek[] }) {
  const { language } = useI18n();
  const words = useOverviewMessages();
  const staffWords = useStaffMessages();

  const draw = useCallback(
    (width: number) =>
      barPlot({
        width,
        height: 280,
        x: { tickFormat: (week: string) => tickDay(week, language) },
        y: {
          label: words.amountAxis,
          tickFormat: (amount: number) => tickAmount(amount, language),
        },
        marks: [
          Plot.barY(weeks, {
            x: 'weekStarting',
            y: 'amount',
            fill: barColour,
            title: (week: DueWeek) =>
              `${words.weekOf(formatDate(week.weekStarting, language))}: ${formatYen(week.amount, language)} (${staffWords.count(week.invoices)})`,
          }),
          Plot.text(weeks, {
            x: 'weekStarting',
            y: 'amount',
            text: (week: DueWeek) => staffWords.count(week.invoices),
            dy: -8,
          }),
        ],
      }),
    [weeks, words, staffWords, language],
  );

  const caption = words.dueWeeksCaption;
  const peak = largest(weeks);
  if (peak === undefined) {
    return <EmptyFigure caption={caption} empty={words.dueWeeksEmpty} />;
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
      <FigureTable
        caption={caption}
        headings={{ label: words.columnWeekStarting, count: words.columnInvoices, amount: words.columnAmount }}
        rows={weeks.map((week) => ({
          key: week.weekStarting,
          label: formatDate(week.weekStarting, language),
          count: week.invoices,
          amount: week.amount,
        }))}
        total={{ count: invoices, amount }}
      />
    </ChartFigure>
  );
}
