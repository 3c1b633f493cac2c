import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

const serialNumber = 'N7CM-4KRD-9XJP-3TWB-5FHQ';
// Paid at 10:00 on 26 November in Japan; stopped at 00:30 on 28 November in Japan (still the 27th in UTC).
const paidAt = '2026-11-26T01:00:00+00:00';
const stoppedAt = '2026-11-27T15:30:00+00:00';

interface AutoRenewal {
  phase: 'ORDERED' | 'ACTIVE';
  since: string | null;
  stoppedAt: string | null;
  orderNumber: string | null;
}

const inForce: AutoRenewal = { phase: 'ACTIVE', since: paidAt, stoppedAt: null, orderNumber: null };
const ordered: AutoRenewal = { phase: 'ORDERED', since: null, stoppedAt: null, orderNumber: 'O-2026-000001' };

function licence(autoRenewal: AutoRenewal | null) {
  return {
    serialNumber,
    expiresOn: '2027-11-26',
    status: 'ACTIVE',
    daysUntilExpiry: 365,
    product: {
      code: 'TS_STANDARD',
      name: 'ウイルスバスター トータルセキュリティ スタンダード',
      family: 'TOTAL_SECURITY',
    },
    eligibility: { renewable: true, reason: null, opensOn: null, closesOn: null },
    renewalInProgress: autoRenewal?.orderNumber ? { orderNumber: autoRenewal.orderNumber, dueOn: '2027-01-26' } : null,
    renewalOptions: [],
    autoRenewal,
  };
}

/** The licence as the server has it: stopped once the mutation has been answered with no error. */
function server(autoRenewal: AutoRenewal | null, stopAnswer: { code: string }[] = []) {
  let current = autoRenewal;
  return stubGraphqlServer({
    Me: signedIn,
    LicenceDetail: () => ({
      data: {
        licence: { licence: licence(current), errors: [] },
        supportContact: { name: '株式会社コウシン・ソフトウェア', email: 'support@koushin.example' },
      },
    }),
    StopAutoRenewal: () => {
      if (stopAnswer.length === 0 && current !== null) {
        current = { ...current, stoppedAt };
      }
      return {
        data: { stopAutoRenewal: { licence: stopAnswer.length === 0 ? { serialNumber } : null, errors: stopAnswer } },
      };
    },
  });
}

function operations(requests: ReturnType<typeof stubGraphqlServer>, name: string) {
  return requests.filter((request) => request.operationName === name);
}

describe('the auto-renewal on a licence’s page', () => {
  it('shows a paid one in force since its payment, and asks before stopping it', async () => {
    const requests = server(inForce);
    const user = userEvent.setup();
    renderApp(`/licences/${serialNumber}`);

    const region = await screen.findByRole('region', { name: '年額あんしん自動更新' });
    expect(Array.from(region.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      '自動更新中（2026年11月26日から）',
      '有効期限（2027年11月26日）の前に、次の1年分の請求書をお送りします。以後も毎年同じように更新されます。',
    ]);

    const open = within(region).getByRole('button', { name: '自動更新を停止する' });
    await user.click(open);
    const dialog = screen.getByRole('alertdialog', { name: '年額あんしん自動更新を停止しますか？' });
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'このライセンスは有効期限の2027年11月26日までお使いいただけます。その後は自動で更新されず、請求書もお送りしません。',
    );
    // The safe choice has focus; keeping it stops nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '停止しない' }));
    await user.click(within(dialog).getByRole('button', { name: '停止しない' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(operations(requests, 'StopAutoRenewal')).toHaveLength(0);
    expect(document.activeElement).toBe(open);
  });

  it('stops a paid one by the mutation and shows it stopped at once, with the day in Japan', async () => {
    const requests = server(inForce);
    const user = userEvent.setup();
    renderApp(`/licences/${serialNumber}`);

    await user.click(await screen.findByRole('button', { name: '自動更新を停止する' }));
    await user.click(screen.getByRole('button', { name: '停止する' }));

    expect((await screen.findByText(/に自動更新を停止しました。/)).textContent).toBe(
      '2026年11月28日に自動更新を停止しました。このライセンスは有効期限の2027年11月26日までお使いいただけます。その後の請求書はお送りしません。',
    );
    expect(operations(requests, 'StopAutoRenewal').map((request) => request.variables)).toEqual([{ serialNumber }]);
    expect(operations(requests, 'LicenceDetail')).toHaveLength(2);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('button', { name: '自動更新を停止する' })).toBeNull();
    expect(screen.queryByText(/自動更新中/)).toBeNull();
  });

  it('says why it could not be stopped, and leaves it as it was', async () => {
    const requests = server(inForce, [{ code: 'NOT_ENROLLED' }]);
    const user = userEvent.setup();
    renderApp(`/licences/${serialNumber}`);

    await user.click(await screen.findByRole('button', { name: '自動更新を停止する' }));
    await user.click(screen.getByRole('button', { name: '停止する' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'このシリアル番号には、停止できる年額あんしん自動更新がありません。',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('自動更新中（2026年11月26日から）')).toBeDefined();
    expect(screen.getByRole('button', { name: '自動更新を停止する' })).toBeDefined();
    // Nothing changed, so nothing is asked again.
    expect(operations(requests, 'LicenceDetail')).toHaveLength(1);
  });

  it('says it in English too', async () => {
    window.localStorage.setItem('koushin.language', 'en');
    server(inForce, [{ code: 'NOT_FOUND' }]);
    const user = userEvent.setup();
    renderApp(`/licences/${serialNumber}`);

    const region = await screen.findByRole('region', { name: 'Annual auto-renewal' });
    expect(within(region).getByText('Auto-renewal on (since 26 Nov 2026)')).toBeDefined();
    expect(
      within(region).getByText(
        'We send the invoice for the next year before the licence expires on 26 Nov 2027, and so on every year.',
      ),
    ).toBeDefined();
    await user.click(within(region).getByRole('button', { name: 'Stop the auto-renewal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Stop the annual auto-renewal?' });
    expect(
      within(dialog).getByText(
        'The licence stays valid until 26 Nov 2027. After that it is not renewed automatically, and no invoice is sent.',
      ),
    ).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Stop it' }));

    expect((await screen.findByRole('alert')).textContent).toBe('This serial number was not found in your account.');
  });

  it('shows a stopped one in English', async () => {
    window.localStorage.setItem('koushin.language', 'en');
    server({ ...inForce, stoppedAt });
    renderApp(`/licences/${serialNumber}`);

    expect((await screen.findByText(/^You stopped the auto-renewal/)).textContent).toBe(
      'You stopped the auto-renewal on 28 Nov 2026. The licence stays valid until 26 Nov 2027; no invoice follows.',
    );
    expect(screen.queryByRole('button', { name: 'Stop the auto-renewal' })).toBeNull();
  });

  it('still speaks of the order while the auto-renewal waits for its payment', async () => {
    const requests = server(ordered);
    const user = userEvent.setup();
    renderApp(`/licences/${serialNumber}`);

    const region = await screen.findByRole('region', { name: '年額あんしん自動更新' });
    expect(
      within(region).getByText(
        'ご注文 O-2026-000001 で年額あんしん自動更新をお申し込みいただいています。お支払いの確認後に始まり、以後は毎年、有効期限の前に請求書をお送りします。',
      ),
    ).toBeDefined();
    await user.click(within(region).getByRole('button', { name: '自動更新を停止する' }));
    expect(
      within(screen.getByRole('alertdialog')).getByText(
        'ご注文 O-2026-000001 のお支払いで、このライセンスは1年間更新されます。その後は自動で更新されず、請求書もお送りしません。',
      ),
    ).toBeDefined();
    await user.click(screen.getByRole('button', { name: '停止する' }));

    expect(
      await screen.findByText(
        '2026年11月28日に自動更新を停止しました。ご注文 O-2026-000001 のお支払いで1年間更新され、その後の請求書はお送りしません。',
      ),
    ).toBeDefined();
    expect(operations(requests, 'StopAutoRenewal')).toHaveLength(1);
  });

  it('is not shown for a serial without one', async () => {
    server(null);
    renderApp(`/licences/${serialNumber}`);

    expect(await screen.findByText('更新できます')).toBeDefined();
    expect(screen.queryByRole('region', { name: '年額あんしん自動更新' })).toBeNull();
  });
});
