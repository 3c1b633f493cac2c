// Money received per day over the last 30 days: a bar of yen per day, a tick each week.
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

type ReceivedDay = PaymentsOverviewQuery['paymentsOverview']['receivedDays'][number];

/** Thirty labels do not fit under thirty bars: one a week. */
const tickEvery = 7;

export function ReceivedDaysChart({ days }: { days: readonly ReceivedDay[] }) {
  const { language } = useI18n();
  const words = useOverviewMessages();

  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 260,
        marginLeft: 56,
        x: {
          type: 'band',
          label: null,
          ticks: days.filter((_, index) => index % tickEvery === 0).map((day) => day.day),
          tickFormat: (day: string) => tickDay(day, language),
        },
        y: {
          label: words.amountAxis,
          grid: true,
          tickFormat: (amount: number) => tickAmount(amount, language),
        },
        marks: [
          Plot.barY(days, {
            x: 'day',
            y: 'amount',
            fill: barColour,
            title: (day: ReceivedDay) =>
              `${formatDate(day.day, language)}: ${formatYen(day.amount, language)} (${words.count(day.payments)})`,
          }),
          Plot.ruleY([0]),
        ],
      }),
    [days, words, language],
  );

  const caption = words.receivedCaption;
  const payments = sum(days, (day) => day.payments);
  const peak = largest(days);
  if (peak === undefined || payments === 0) {
    return (
      <section className="card overview-figure">
        <h2>{caption}</h2>
        <p className="empty-state">{words.receivedEmpty}</p>
      </section>
    );
  }
  const amount = sum(days, (day) => day.amount);
  const summary = words.receivedSummary(payments, formatYen(amount, language), days.length, {
    label: formatDate(peak.day, language),
    amount: formatYen(peak.amount, language),
    count: peak.payments,
  });

  return (
    <ChartFigure caption={caption} summary={summary} draw={draw}>
      <table className="overview-numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columnDay}</th>
            <th scope="col" className="amount">
              {words.columnPayments}
            </th>
            <th scope="col" className="amount">
              {words.columnReceived}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{formatDate(day.day, language)}</th>
              <td className="amount">{words.count(day.payments)}</td>
              <td className="amount">{formatYen(day.amount, language)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.total}</th>
            <td className="amount">{words.count(payments)}</td>
            <td className="amount">{formatYen(amount, language)}</td>
          </tr>
        </tfoot>
      </table>
    </ChartFigure>
  );
}
