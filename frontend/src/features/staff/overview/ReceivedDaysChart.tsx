// Money received per day over the last 30 days: a bar of yen per day, a tick each week.
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

type ReceivedDay = PaymentsOverviewQuery['paymentsOverview']['receivedDays'][number];

/** Thirty labels do not fit under thirty bars: one a week. */
const tickEvery = 7;

export function ReceivedDaysChart({ days }: { days: readonly ReceivedDay[] }) {
  const { language } = useI18n();
  const words = useOverviewMessages();
  const staffWords = useStaffMessages();

  const draw = useCallback(
    (width: number) =>
      barPlot({
        width,
        height: 260,
        x: {
          ticks: days.filter((_, index) => index % tickEvery === 0).map((day) => day.day),
          tickFormat: (day: string) => tickDay(day, language),
        },
        y: {
          label: words.amountAxis,
          tickFormat: (amount: number) => tickAmount(amount, language),
        },
        marks: [
          Plot.barY(days, {
            x: 'day',
            y: 'amount',
            fill: barColour,
            title: (day: ReceivedDay) =>
              `${formatDate(day.day, language)}: ${formatYen(day.amount, language)} (${staffWords.count(day.payments)})`,
          }),
        ],
      }),
    [days, words, staffWords, language],
  );

  const caption = words.receivedCaption;
  const payments = sum(days, (day) => day.payments);
  const peak = largest(days);
  if (peak === undefined || payments === 0) {
    return <EmptyFigure caption={caption} empty={words.receivedEmpty} />;
  }
  const amount = sum(days, (day) => day.amount);
  const summary = words.receivedSummary(payments, formatYen(amount, language), days.length, {
    label: formatDate(peak.day, language),
    amount: formatYen(peak.amount, language),
    count: peak.payments,
  });

  return (
    <ChartFigure caption={caption} summary={summary} draw={draw}>
      <FigureTable
        caption={caption}
        headings={{ label: words.columnDay, count: words.columnPayments, amount: words.columnReceived }}
        rows={days.map((day) => ({
          key: day.day,
          label: formatDate(day.day, language),
          count: day.payments,
          amount: day.amount,
        }))}
        total={{ count: payments, amount }}
      />
    </ChartFigure>
  );
}
