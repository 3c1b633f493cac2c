import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { GraphqlProvider } from '../../../lib/graphql/GraphqlProvider';
import { I18nProvider } from '../../../lib/i18n/I18nProvider';
import { storeLanguage } from '../../../lib/i18n/language';
import { stubGraphqlServer } from '../../../testing/graphqlServer';
import { OverviewPage } from './OverviewPage';

const overview = {
  openInvoices: 5,
  openAmount: 412500,
  dueWeeks: [
    { weekStarting: '2026-06-08', invoices: 3, amount: 247500 },
    { weekStarting: '2026-06-15', invoices: 0, amount: 0 },
    { weekStarting: '2026-06-22', invoices: 2, amount: 165000 },
  ],
  receivedDays: [
    { day: '2026-06-09', payments: 0, amount: 0 },
    { day: '2026-06-10', payments: 2, amount: 99000 },
    { day: '2026-06-11', payments: 1, amount: 16500 },
  ],
  queueSize: 4,
  queueAmount: 58300,
  oldestWaitingSince: '2026-05-20',
  queueAges: [
    { minDays: 0, maxDays: 2, credits: 1, amount: 16500 },
    { minDays: 3, maxDays: 6, credits: 2, amount: 30800 },
    { minDays: 7, maxDays: 13, credits: 0, amount: 0 },
    { minDays: 14, maxDays: null, credits: 1, amount: 11000 },
  ],
};

function renderOverview(
  answer: () => { data?: unknown; errors?: unknown[] } = () => ({
    data: { paymentsOverview: overview },
  }),
) {
  const requests = stubGraphqlServer({ PaymentsOverview: answer });
  render(
    <I18nProvider>
      <GraphqlProvider>
        <MemoryRouter initialEntries={['/staff']}>
          <OverviewPage />
        </MemoryRouter>
      </GraphqlProvider>
    </I18nProvider>,
  );
  return requests;
}

/** Each body row of a table as its cells' text, header cell first. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

describe('the payments overview', () => {
  it('shows the headline figures and links to the review queue', async () => {
    renderOverview();
    expect(await screen.findByRole('heading', { level: 1, name: '概況' })).toBeDefined();
    const open = await screen.findByRole('region', {
      name: 'お支払い待ちの請求書',
    });
    expect(open.textContent).toContain('412,500円 5件');
    const queue = screen.getByRole('region', { name: '確認待ちの入金' });
    expect(queue.textContent).toContain('58,300円 4件');
    expect(queue.textContent).toContain('最も古い入金日: 2026年5月20日');
    expect(within(queue).getByRole('link', { name: '確認待ちの入金を確認する' }).getAttribute('href')).toBe(
      '/staff/review',
    );
  });

  it('gives each chart a summary and its exact figures as a table', async () => {
    renderOverview();
    const dueWeeks = await screen.findByRole('table', {
      name: 'お支払い待ちの請求書（期限の週ごと）',
    });
    expect(rowsOf(dueWeeks)).toEqual([
      ['2026年6月8日', '3件', '247,500円'],
      ['2026年6月15日', '0件', '0円'],
      ['2026年6月22日', '2件', '165,000円'],
      ['合計', '5件', '412,500円'],
    ]);
    expect(
      screen
        .getByRole('img', {
          name: /期限の週ごとのお支払い待ちの金額を示す棒グラフ/,
        })
        .getAttribute('aria-label'),
    ).toBe(
      '期限の週ごとのお支払い待ちの金額を示す棒グラフ。3週に計5件、412,500円。最も多いのは2026年6月8日からの週で、247,500円（3件）。',
    );

    const received = screen.getByRole('table', {
      name: '入金額（直近30日、日ごと）',
    });
    expect(rowsOf(received)).toEqual([
      ['2026年6月9日', '0件', '0円'],
      ['2026年6月10日', '2件', '99,000円'],
      ['2026年6月11日', '1件', '16,500円'],
      ['合計', '3件', '115,500円'],
    ]);

    const queue = screen.getByRole('table', {
      name: '確認待ちの入金（入金日からの日数別）',
    });
    expect(rowsOf(queue)).toEqual([
      ['0〜2日', '1件', '16,500円'],
      ['3〜6日', '2件', '30,800円'],
      ['7〜13日', '0件', '0円'],
      ['14日以上', '1件', '11,000円'],
      ['合計', '4件', '58,300円'],
    ]);
    expect(screen.getByRole('img', { name: /日数別に確認待ちの入金/ }).getAttribute('aria-label')).toBe(
      '入金日からの日数別に確認待ちの入金の件数を示す棒グラフ。計4件、58,300円。0〜2日: 1件、3〜6日: 2件、7〜13日: 0件、14日以上: 1件。',
    );
    expect(screen.getAllByText('数値を表で見る')).toHaveLength(3);
  });

  it('draws each chart as SVG inside its image', async () => {
    renderOverview();
    const chart = await screen.findByRole('img', { name: /期限の週ごと/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('speaks English', async () => {
    storeLanguage('en');
    renderOverview();
    const dueWeeks = await screen.findByRole('table', {
      name: 'Invoices awaiting payment, by due week',
    });
    expect(rowsOf(dueWeeks)[0]).toEqual(['8 Jun 2026', '3', '¥247,500']);
    const queue = screen.getByRole('table', {
      name: 'Credits waiting for review, by days since booking',
    });
    expect(rowsOf(queue).map((row) => row[0])).toEqual(['0–2 days', '3–6 days', '7–13 days', '14+ days', 'Total']);
    expect(screen.getByText('Oldest booked on 20 May 2026')).toBeDefined();
  });

  it('says when nothing is owed, received or waiting', async () => {
    renderOverview(() => ({
      data: {
        paymentsOverview: {
          ...overview,
          openInvoices: 0,
          openAmount: 0,
          dueWeeks: [],
          receivedDays: [{ day: '2026-06-11', payments: 0, amount: 0 }],
          queueSize: 0,
          queueAmount: 0,
          oldestWaitingSince: null,
          queueAges: overview.queueAges.map((age) => ({
            ...age,
            credits: 0,
            amount: 0,
          })),
        },
      },
    }));
    expect(await screen.findByText('お支払い待ちの請求書はありません。')).toBeDefined();
    expect(screen.getByText('直近30日の入金はありません。')).toBeDefined();
    expect(screen.getByText('確認待ちの入金はありません。')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers to try again when the overview cannot be loaded', async () => {
    renderOverview(() => ({ errors: [{ message: 'boom' }] }));
    expect((await screen.findByRole('alert')).textContent).toContain('通信中にエラーが発生しました');
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeDefined();
  });
});
