import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedInAsStaff, stubGraphqlServer } from '../../../testing/graphqlServer';
import { renderApp } from '../../../testing/renderApp';

const invoice = {
  number: 'I-2026-000124',
  orderNumber: 'O-2026-000124',
  customerEmail: 'demo@koushin.example',
  companyName: '株式会社デモ商事',
  totalIncludingTax: 5720,
  dueOn: '2027-01-26',
  status: 'AWAITING_PAYMENT',
};

const unresolved = { resolvedBy: null, resolvedAt: null, resolutionNote: null };

const short = {
  id: '11',
  state: 'REVIEW',
  bookedOn: '2026-11-25',
  amount: 5280,
  payerName: 'ｶ)ﾃﾞﾓｼﾖｳｼﾞ',
  bankCode: '0001',
  branchCode: '951',
  accountNumber: '3000124',
  reference: '000000000002',
  reversal: false,
  reviewReason: 'SHORT',
  filename: 'nyukin.csv',
  invoice,
  candidates: [{ invoice, matches: ['SAME_ACCOUNT', 'SAME_PAYER'], shortfall: 440 }],
  ...unresolved,
};

const unknown = {
  ...short,
  id: '12',
  amount: 10000,
  payerName: 'ﾔﾏﾀﾞ ﾀﾛｳ',
  accountNumber: '9999999',
  reference: '000000000003',
  reviewReason: 'UNKNOWN_ACCOUNT',
  invoice: null,
  candidates: [],
};

function page(nodes: unknown[]) {
  return {
    data: { bankCredits: { nodes, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: nodes.length } },
  };
}

function reviewPayload(field: string, errors: unknown[], credit: unknown = null) {
  return { data: { [field]: { credit, errors } } };
}

function creditCard(heading: string) {
  const card = screen.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) }).closest('li');
  if (card === null) {
    throw new Error(`no card for ${heading}`);
  }
  return within(card);
}

function serve(handlers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  let queue = [short, unknown];
  const requests = stubGraphqlServer({
    Me: signedInAsStaff,
    BankCredits: (variables) => (variables.state === 'REVIEW' ? page(queue) : page([])),
    ...Object.fromEntries(
      Object.entries(handlers).map(([name, handler]) => [
        name,
        (variables: Record<string, unknown>) => {
          const answer = handler(variables) as { data: Record<string, { errors: unknown[] }> };
          if (Object.values(answer.data)[0]?.errors.length === 0) {
            queue = queue.filter((credit) => credit.id !== (variables.input as { creditId: string }).creditId);
          }
          return answer;
        },
      ]),
    ),
  });
  return requests;
}

describe('the review queue', () => {
  it('shows each credit, why it waits, its account’s invoice and the candidates with their matches', async () => {
    serve({});
    renderApp('/staff/review');

    expect(await screen.findByRole('heading', { level: 2, name: /^5,280円（ｶ\)ﾃﾞﾓｼﾖｳｼﾞ）/ })).toBeDefined();
    const card = creditCard('5,280円');
    expect(card.getByText('入金不足')).toBeDefined();
    expect(card.getByText('2026年11月25日')).toBeDefined();
    expect(card.getByText('銀行 0001 / 支店 951 / 口座 3000124')).toBeDefined();
    const candidates = card.getByRole('table', { name: '5,280円の入金の充当先の候補' });
    const [, row] = within(candidates).getAllByRole('row');
    expect(Array.from(row?.querySelectorAll('th, td') ?? [], (cell) => cell.textContent)).toEqual([
      'I-2026-000124',
      'O-2026-000124',
      '株式会社デモ商事demo@koushin.example',
      '5,720円',
      '2027年1月26日',
      '同じ口座同じ振込人',
      '440円',
      'この請求書に充当（I-2026-000124）',
    ]);
    const other = creditCard('10,000円');
    expect(other.getByText('口座不明')).toBeDefined();
    expect(other.getByText('この口座の請求書はありません。')).toBeDefined();
    expect(other.getByText('候補の請求書はありません。')).toBeDefined();
    expect(screen.getByText('要確認 全2件')).toBeDefined();
  });

  it('applies a short credit with the fee accepted, then says so and takes it off the list', async () => {
    const requests = serve({
      ApplyBankCredit: () => reviewPayload('applyBankCredit', [], { ...short, state: 'APPLIED' }),
    });
    const user = userEvent.setup();
    renderApp('/staff/review');
    await screen.findByRole('heading', { level: 2, name: /^5,280円/ });

    await user.click(creditCard('5,280円').getByRole('button', { name: 'この請求書に充当（I-2026-000124）' }));
    const dialog = screen.getByRole('alertdialog', { name: '請求書 I-2026-000124に充当しますか？' });
    await user.click(within(dialog).getByRole('checkbox', { name: '不足額 440円を振込手数料として認める' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'メモ（任意）' }), '手数料差引');
    await user.click(within(dialog).getByRole('button', { name: '充当する' }));

    expect(await screen.findByText('入金 5,280円を請求書 I-2026-000124に充当しました。')).toBeDefined();
    expect(screen.getByText('入金 5,280円を請求書 I-2026-000124に充当しました。').getAttribute('role')).toBe('status');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: /^5,280円/ })).toBeNull();
    expect(requests.filter((request) => request.operationName === 'ApplyBankCredit').map((r) => r.variables)).toEqual([
      { input: { creditId: '11', invoiceNumber: 'I-2026-000124', acceptFee: true, note: '手数料差引' } },
    ]);
  });

  it('says why an application was refused, and keeps the dialog open', async () => {
    serve({
      ApplyBankCredit: () =>
        reviewPayload('applyBankCredit', [
          { code: 'FEE_NOT_ACCEPTED', message: 'short', feeLimit: null, maxLength: null },
        ]),
    });
    const user = userEvent.setup();
    renderApp('/staff/review');
    await screen.findByRole('heading', { level: 2, name: /^5,280円/ });

    await user.click(creditCard('5,280円').getByRole('button', { name: 'この請求書に充当（I-2026-000124）' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: '充当する' }));

    expect(await within(dialog).findByText(/入金額が請求額に足りません。/)).toBeDefined();
    expect(within(dialog).getByRole('alert').textContent).toBe(
      '入金額が請求額に足りません。差額を振込手数料として認める場合のみ充当できます。',
    );
    expect(screen.getByRole('heading', { level: 2, name: /^5,280円/ })).toBeDefined();
  });

  it('marks a credit for refund only with a note saying why', async () => {
    const requests = serve({
      RefundBankCredit: () => reviewPayload('refundBankCredit', [], { ...unknown, state: 'REFUND' }),
    });
    const user = userEvent.setup();
    renderApp('/staff/review');
    await screen.findByRole('heading', { level: 2, name: /^10,000円/ });

    await user.click(creditCard('10,000円').getByRole('button', { name: '返金予定にする' }));
    const dialog = screen.getByRole('alertdialog', { name: 'この入金を返金予定にしますか？' });
    await user.click(within(dialog).getByRole('button', { name: '返金予定にする' }));

    expect(within(dialog).getByRole('alert').textContent).toBe('理由のメモを入力してください。');
    const note = within(dialog).getByRole('textbox', { name: 'メモ（必須）' });
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('maxlength')).toBe('500');
    expect(requests.some((request) => request.operationName === 'RefundBankCredit')).toBe(false);

    await user.type(note, '振込先の誤り。依頼人に返金');
    await user.click(within(dialog).getByRole('button', { name: '返金予定にする' }));

    expect(await screen.findByText('入金 10,000円を返金予定にしました。')).toBeDefined();
    expect(requests.filter((request) => request.operationName === 'RefundBankCredit').map((r) => r.variables)).toEqual([
      { input: { creditId: '12', note: '振込先の誤り。依頼人に返金' } },
    ]);
  });

  it('lists the credits dealt with, by state, with who, when and why', async () => {
    const applied = {
      ...short,
      id: '9',
      state: 'APPLIED',
      resolvedBy: 'staff@koushin.example',
      resolvedAt: '2026-11-26T02:00:00+00:00',
      resolutionNote: '手数料差引',
    };
    const requests = stubGraphqlServer({
      Me: signedInAsStaff,
      BankCredits: (variables) => (variables.state === 'APPLIED' ? page([applied]) : page([])),
    });
    const user = userEvent.setup();
    renderApp('/staff/review');

    expect(await screen.findByText('確認が必要な入金はありません。')).toBeDefined();
    const table = await screen.findByRole('table', { name: '充当済みの入金（新しい順）' });
    const [, row] = within(table).getAllByRole('row');
    expect(Array.from(row?.querySelectorAll('td') ?? [], (cell) => cell.textContent)).toEqual([
      '2026年11月25日',
      '5,280円',
      'ｶ)ﾃﾞﾓｼﾖｳｼﾞ',
      'I-2026-000124',
      'staff@koushin.example',
      '2026年11月26日 11:00',
      '手数料差引',
    ]);

    await user.click(screen.getByRole('button', { name: '確認済み' }));
    expect(await screen.findByText('この状態の入金はありません。')).toBeDefined();
    expect(
      requests
        .filter((r) => r.operationName === 'BankCredits')
        .map((r) => r.variables.state)
        .sort(),
    ).toEqual(['APPLIED', 'DISMISSED', 'REVIEW']);
  });
});
