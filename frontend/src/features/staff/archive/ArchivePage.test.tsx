import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { GraphqlProvider } from '../../../lib/graphql/GraphqlProvider';
import { I18nProvider } from '../../../lib/i18n/I18nProvider';
import { stubGraphqlServer } from '../../../testing/graphqlServer';
import { ArchivePage } from './ArchivePage';

function entry(
  number: number,
  options: {
    paid?: boolean;
    rendering?: boolean;
    company?: string | null;
  } = {},
) {
  const suffix = String(number).padStart(6, '0');
  return {
    customerEmail: `buyer${number}@example.jp`,
    order: {
      number: `O-2026-${suffix}`,
      status: options.paid ? 'PAID' : 'AWAITING_PAYMENT',
      placedAt: '2026-06-01T15:30:00+00:00',
      billing: {
        companyName: options.company === undefined ? '株式会社デモ商事' : options.company,
      },
      invoice: {
        number: `I-2026-${suffix}`,
        issuedOn: '2026-06-02',
        totalIncludingTax: 16500,
        pdfUrl: options.rendering ? null : `/documents/I-2026-${suffix}.pdf`,
        document: { status: options.rendering ? 'RENDERING' : 'READY' },
      },
      receipt: options.paid
        ? {
            number: `R-2026-${suffix}`,
            issuedOn: '2026-06-10',
            pdfUrl: `/documents/R-2026-${suffix}.pdf`,
            document: { status: 'READY' },
          }
        : null,
    },
  };
}

function page(nodes: ReturnType<typeof entry>[], totalCount: number, endCursor: string | null = null) {
  return {
    data: {
      archive: {
        page: {
          nodes,
          pageInfo: { hasNextPage: endCursor !== null, endCursor },
          totalCount,
        },
        errors: [],
      },
    },
  };
}

function CurrentLocation() {
  const { pathname, search } = useLocation();
  return <output data-testid="current-location">{`${pathname}${search}`}</output>;
}

function renderArchive(path: string, handler: (variables: Record<string, unknown>) => { data?: unknown }) {
  const requests = stubGraphqlServer({ Archive: handler });
  render(
    <I18nProvider>
      <GraphqlProvider>
        <MemoryRouter initialEntries={[path]}>
          <ArchivePage />
          <CurrentLocation />
        </MemoryRouter>
      </GraphqlProvider>
    </I18nProvider>,
  );
  return requests;
}

function bodyRows() {
  const [, ...rows] = within(screen.getByRole('table', { name: '検索結果（新しい順）' })).getAllByRole('row');
  return rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

describe('the archive', () => {
  it('runs the search in the address and lists orders with their documents', async () => {
    const requests = renderArchive('/staff/archive?customer=demo&issuedFrom=2026-06-01', () =>
      page([entry(2, { paid: true }), entry(1, { rendering: true, company: null })], 2),
    );
    await screen.findByRole('table', { name: '検索結果（新しい順）' });
    expect(requests.map((request) => request.variables)).toEqual([
      {
        search: { customer: 'demo', issuedFrom: '2026-06-01' },
        first: 20,
        after: null,
      },
    ]);
    expect(screen.getByLabelText<HTMLInputElement>('お客様').value).toBe('demo');
    expect(screen.getByLabelText<HTMLInputElement>('開始日').value).toBe('2026-06-01');
    expect(screen.getByText('2件')).toBeDefined();
    expect(bodyRows()).toEqual([
      [
        'O-2026-000002',
        '2026年6月2日',
        'buyer2@example.jp株式会社デモ商事',
        '支払い済み',
        'I-2026-00000216,500円 · 2026年6月2日発行PDF',
        'R-2026-0000022026年6月10日発行PDF',
      ],
      [
        'O-2026-000001',
        '2026年6月2日',
        'buyer1@example.jp',
        '支払い待ち',
        'I-2026-00000116,500円 · 2026年6月2日発行PDF作成中',
        'なし',
      ],
    ]);
    expect(screen.getByRole('link', { name: '請求書 I-2026-000002 のPDF' }).getAttribute('href')).toBe(
      '/documents/I-2026-000002.pdf',
    );
    expect(screen.getByRole('link', { name: '領収書 R-2026-000002 のPDF' }).getAttribute('href')).toBe(
      '/documents/R-2026-000002.pdf',
    );
    // A PDF still being rendered has nothing to download yet.
    expect(screen.queryByRole('link', { name: '請求書 I-2026-000001 のPDF' })).toBeNull();
  });

  it('sends a combined search and keeps it in the address', async () => {
    const user = userEvent.setup();
    const requests = renderArchive('/staff/archive', () => page([entry(1)], 1));
    await screen.findByRole('table', { name: '検索結果（新しい順）' });

    await user.type(screen.getByLabelText('番号（注文・請求書・領収書）'), 'I-2026-00');
    await user.type(screen.getByLabelText('シリアル番号'), 'ABCD-EFGH-JKLM-NPQR-2345');
    await user.type(screen.getByLabelText('終了日'), '2026-06-30');
    await user.type(screen.getByLabelText('下限（円）'), '10000');
    await user.type(screen.getByLabelText('上限（円）'), '20000');
    await user.click(screen.getByRole('button', { name: '検索' }));

    await screen.findByTestId('current-location');
    expect(screen.getByTestId('current-location').textContent).toBe(
      '/staff/archive?number=I-2026-00&serialNumber=ABCD-EFGH-JKLM-NPQR-2345&issuedTo=2026-06-30&amountMin=10000&amountMax=20000',
    );
    await screen.findByText('1件');
    expect(requests.map((request) => request.variables)).toEqual([
      { search: {}, first: 20, after: null },
      {
        search: {
          number: 'I-2026-00',
          serialNumber: 'ABCD-EFGH-JKLM-NPQR-2345',
          issuedTo: '2026-06-30',
          amountMin: 10000,
          amountMax: 20000,
        },
        first: 20,
        after: null,
      },
    ]);
  });

  it("shows the API's errors beside their fields, and no results", async () => {
    renderArchive('/staff/archive?serialNumber=ABC&amountMin=500&amountMax=100', () => ({
      data: {
        archive: {
          page: null,
          errors: [
            {
              code: 'INVALID_SERIAL',
              field: 'serialNumber',
              maxLength: null,
            },
            { code: 'EMPTY_RANGE', field: 'amountMax', maxLength: null },
          ],
        },
      },
    }));
    const serial = screen.getByLabelText('シリアル番号');
    await screen.findByText(/シリアル番号は英字と数字の20文字です/);
    expect(serial.getAttribute('aria-invalid')).toBe('true');
    const serialError = document.getElementById(serial.getAttribute('aria-describedby') ?? '');
    expect(serialError?.textContent).toBe(
      'シリアル番号は英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。',
    );
    const amountMax = screen.getByLabelText('上限（円）');
    expect(amountMax.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(amountMax.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '範囲の開始が終了より後になっています。',
    );
    expect(screen.getByLabelText('下限（円）').getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks nothing for an amount that is not whole yen, and says so beside it', async () => {
    const requests = renderArchive('/staff/archive?amountMin=1.5', () => page([], 0));
    const amountMin = screen.getByLabelText('下限（円）');
    expect(amountMin.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('金額は円単位の整数で入力してください。')).toBeDefined();
    expect(requests).toEqual([]);
  });

  it('shows more a page at a time, keeping the rows already shown', async () => {
    const user = userEvent.setup();
    const requests = renderArchive('/staff/archive?customer=demo', (variables) =>
      variables.after === 'cursor-20' ? page([entry(1)], 3) : page([entry(3), entry(2)], 3, 'cursor-20'),
    );
    await screen.findByText('3件中 2件を表示');
    await user.click(screen.getByRole('button', { name: 'さらに表示' }));
    await screen.findByText('3件');
    expect(bodyRows().map((row) => row[0])).toEqual(['O-2026-000003', 'O-2026-000002', 'O-2026-000001']);
    expect(requests.map((request) => request.variables.after)).toEqual([null, 'cursor-20']);
    expect(requests[1]?.variables.search).toEqual({ customer: 'demo' });
    expect(screen.queryByRole('button', { name: 'さらに表示' })).toBeNull();
  });
});
