// The review queue by days since the bank booked each credit: a bar of credits per age bucket.
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { PaymentsOverviewQuery } from '../../../gql/graphql';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { ChartFigure } from './ChartFigure';
import { barColour } from './chartData';
import { useOverviewMessages } from './messages';

type QueueAge = PaymentsOverviewQuery['paymentsOverview']['queueAges'][number];

interface Props {
  ages: readonly QueueAge[];
  size: number;
  amount: number;
}

export function QueueAgesChart({ ages, size, amount }: Props) {
  const { language } = useI18n();
  const words = useOverviewMessages();
  const label = useCallback((age: QueueAge) => words.ageBucket(age.minDays, age.maxDays ?? null), [words]);

  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 240,
        marginLeft: 56,
        x: { type: 'band', label: null, domain: ages.map(label) },
        y: {
          label: words.creditsAxis,
          grid: true,
          tickFormat: (credits: number) => String(credits),
        },
        marks: [
          Plot.barY(ages, {
            x: label,
            y: 'credits',
            fill: barColour,
            title: (age: QueueAge) => `${label(age)}: ${words.count(age.credits)} (${formatYen(age.amount, language)})`,
          }),
          Plot.text(ages, {
            x: label,
            y: 'credits',
            text: (age: QueueAge) => words.count(age.credits),
            dy: -8,
          }),
          Plot.ruleY([0]),
        ],
      }),
    [ages, words, language, label],
  );

  const caption = words.queueCaption;
  if (size === 0) {
    return (
      <section className="card overview-figure">
        <h2>{caption}</h2>
        <p className="empty-state">{words.queueEmpty}</p>
      </section>
    );
  }
  const summary = words.queueSummary(
    size,
    formatYen(amount, language),
    ages.map((age) => ({ label: label(age), count: age.credits })),
  );

  return (
    <ChartFigure caption={caption} summary={summary} draw={draw}>
      <table className="overview-numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columnAge}</th>
            <th scope="col" className="amount">
              {words.columnCredits}
            </th>
            <th scope="col" className="amount">
              {words.columnReceived}
            </th>
          </tr>
        </thead>
        <tbody>
          {ages.map((age) => (
            <tr key={age.minDays}>
              <th scope="row">{label(age)}</th>
              <td className="amount">{words.count(age.credits)}</td>
              <td className="amount">{formatYen(age.amount, language)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.total}</th>
            <td className="amount">{words.count(size)}</td>
            <td className="amount">{formatYen(amount, language)}</td>
          </tr>
        </tfoot>
      </table>
    </ChartFigure>
  );
}
