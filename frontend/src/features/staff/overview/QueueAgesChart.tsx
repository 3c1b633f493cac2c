// The review queue by days since the bank booked each credit: a bar of credits per age bucket.
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { PaymentsOverviewQuery } from '../../../gql/graphql';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { barPlot } from './barPlot';
import { ChartFigure, EmptyFigure } from './ChartFigure';
import { barColour } from './chartData';
import { FigureTable } from './FigureTable';
import { useStaffMessages } from '../messages';
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
  const staffWords = useStaffMessages();
  const label = useCallback((age: QueueAge) => words.ageBucket(age.minDays, age.maxDays ?? null), [words]);

  const draw = useCallback(
    (width: number) =>
      barPlot({
        width,
        height: 240,
        x: { domain: ages.map(label) },
        y: {
          label: words.creditsAxis,
          tickFormat: (credits: number) => String(credits),
        },
        marks: [
          Plot.barY(ages, {
            x: label,
            y: 'credits',
            fill: barColour,
            title: (age: QueueAge) =>
              `${label(age)}: ${staffWords.count(age.credits)} (${formatYen(age.amount, language)})`,
          }),
          Plot.text(ages, {
            x: label,
            y: 'credits',
            text: (age: QueueAge) => staffWords.count(age.credits),
            dy: -8,
          }),
        ],
      }),
    [ages, words, staffWords, language, label],
  );

  const caption = words.queueCaption;
  if (size === 0) {
    return <EmptyFigure caption={caption} empty={words.queueEmpty} />;
  }
  const summary = words.queueSummary(
    size,
    formatYen(amount, language),
    ages.map((age) => ({ label: label(age), count: age.credits })),
  );

  return (
    <ChartFigure caption={caption} summary={summary} draw={draw}>
      <FigureTable
        caption={caption}
        headings={{ label: words.columnAge, count: words.columnCredits, amount: words.columnReceived }}
        rows={ages.map((age) => ({ key: age.minDays, label: label(age), count: age.credits, amount: age.amount }))}
        total={{ count: size, amount }}
      />
    </ChartFigure>
  );
}
