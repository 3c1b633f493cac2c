// The staff console's payments flow: a customer's three orders, a net-banking statement paying one
// exactly, one short by a transfer fee and one into no invoice's account; staff import it, apply the
// short one accepting the fee, dismiss the unknown one, and the customer sees the order paid.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { screenshotPath, signInAsDemo, staff, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

const serials = [
  { serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ', productCode: 'TS_STANDARD' },
  { serialNumber: 'B6YD-KP3R-9TQM-2XWF-7CNH', productCode: 'CLOUD' },
  { serialNumber: 'QF7K-2M9P-XR4T-8WNC-3HJD', productCode: 'CLOUD' },
];

interface Invoice {
  number: string;
  totalIncludingTax: number;
  bankAccount: { bankCode: string; branchCode: string; accountNumber: string };
}

/** A GraphQL call with the browser's session, as another tab of the same account would make it. */
async function graphql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: Record<string, unknown> };
  return body.data;
}

// The other specs expect every demo serial free: an order this one left unpaid is cancelled after it.
test.afterEach(async ({ page }) => {
  await page.context().clearCookies();
  await signInAsDemo(page);
  const open = await graphql(page, '{ orders(first: 100) { nodes { number status } } }');
  const nodes = (open.orders as { nodes: { number: string; status: string }[] }).nodes;
  for (const order of nodes.filter((node) => node.status === 'AWAITING_PAYMENT')) {
    await graphql(page, 'mutation($n: String!) { cancelOrder(number: $n) { errors { code } } }', { n: order.number });
  }
});

async function placeOrder(page: Page, line: (typeof serials)[number], index: number): Promise<string> {
  const placed = await graphql(
    page,
    `
      mutation ($input: PlaceRenewalOrderInput!) {
        placeRenewalOrder(input: $input) {
          order {
            number
          }
          errors {
            code
          }
        }
      }
    `,
    {
      input: {
        lines: [{ ...line, years: 1, autoRenewal: false }],
        billing: {
          companyName: '株式会社デモ商事',
          email: 'demo@koushin.example',
          phone: '03-1234-5678',
          postalCode: '100-0005',
          address: '東京都千代田区丸の内1-1-1',
        },
        acceptedTermsVersion: '2026-12-01',
        acceptedPrivacyVersion: '2026-12-01',
        idempotencyKey: `e2e-staff-payments-${Date.now()}-${index}`,
      },
    },
  );
  const payload = placed.placeRenewalOrder as { order: { number: string } | null; errors: { code: string }[] };
  expect(payload.errors).toEqual([]);
  return payload.order?.number ?? '';
}

async function invoiceOf(page: Page, number: string): Promise<Invoice> {
  const answer = await graphql(
    page,
    `
      query ($n: String!) {
        order(number: $n) {
          order {
            invoice {
              number
              totalIncludingTax
              bankAccount {
                bankCode
                branchCode
                accountNumber
              }
            }
          }
        }
      }
    `,
    { n: number },
  );
  return (answer.order as { order: { invoice: Invoice } }).order.invoice;
}

function yen(amount: number): string {
  return `${amount.toLocaleString('ja-JP')}円`;
}

test('staff import a statement, resolve its review queue, and the customer sees the order paid', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  const orders: string[] = [];
  for (const [index, line] of serials.entries()) {
    orders.push(await placeOrder(page, line, index));
  }
  const [exact, short] = await Promise.all(orders.slice(0, 2).map((number) => invoiceOf(page, number)));
  if (exact === undefined || short === undefined) {
    throw new Error('no invoices');
  }
  const csv = [
    '入金日,照会番号,銀行コード,支店コード,口座番号,金額,振込依頼人名',
    `2026-11-26,E2E000000001,${exact.bankAccount.bankCode},${exact.bankAccount.branchCode},${exact.bankAccount.accountNumber},${exact.totalIncludingTax},ｶ)ﾃﾞﾓｼﾖｳｼﾞ`,
    `2026-11-26,E2E000000002,${short.bankAccount.bankCode},${short.bankAccount.branchCode},${short.bankAccount.accountNumber},${short.totalIncludingTax - 440},ｶ)ﾃﾞﾓｼﾖｳｼﾞ`,
    `2026-11-26,E2E000000003,${exact.bankAccount.bankCode},${exact.bankAccount.branchCode},9999999,12345,ﾔﾏﾀﾞ ﾀﾛｳ`,
  ].join('\r\n');

  // The customer has no way into the console: no link, and its address leads home.
  await expect(page.getByRole('link', { name: 'スタッフ' })).toHaveCount(0);
  await page.goto('/staff/statements');
  await expect(page.getByRole('heading', { level: 1, name: 'マイライセンス' })).toBeVisible();

  // Staff land on their console.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('メールアドレス').fill(staff.email);
  await page.getByLabel('パスワード').fill(staff.password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('navigation', { name: 'スタッフメニュー' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'スタッフメニュー' })
    .getByRole('link', { name: '入金明細の取り込み' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '入金明細の取り込み' })).toBeVisible();
  await page.getByLabel('明細ファイル', { exact: true }).setInputFiles({
    name: 'nyukin-e2e.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: '取り込む' }).click();
  const result = page.getByRole('region', { name: /^取り込みました/ });
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result.locator('.figure-applied')).toHaveText('1件');
  await expect(result.locator('.figure-review')).toHaveText('2件');
  await expect(result).toContainText('入金不足: 1件');
  await expect(result).toContainText('口座不明: 1件');
  await expect(page.getByRole('table', { name: '取り込んだ明細（新しい順）' })).toContainText('nyukin-e2e.csv');
  await page.screenshot({ path: screenshotPath('staff-statements-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await result.getByRole('link', { name: '要確認入金を確認する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '要確認入金' })).toBeVisible();
  const shortCard = page.locator('li.credit-review').filter({ hasText: yen(short.totalIncludingTax - 440) });
  const unknownCard = page.locator('li.credit-review').filter({ hasText: '9999999' });
  await expect(shortCard).toContainText('入金不足');
  await expect(unknownCard).toContainText('口座不明');
  await page.screenshot({ path: screenshotPath('staff-review-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await shortCard.getByRole('button', { name: new RegExp(`^この請求書に充当\\s*（${short.number}）$`) }).click();
  const apply = page.getByRole('alertdialog', { name: `請求書 ${short.number}に充当しますか？` });
  await apply.getByRole('checkbox', { name: '不足額 440円を振込手数料として認める' }).check();
  await apply.getByLabel('メモ（任意）').fill('振込手数料の差引');
  await page.screenshot({ path: screenshotPath('staff-review-apply-ja') });
  await expectNoAxeViolations(page);
  await apply.getByRole('button', { name: '充当する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '充当しました' })).toHaveText(
    `入金 ${yen(short.totalIncludingTax - 440)}を請求書 ${short.number}に充当しました。`,
  );
  await expect(shortCard).toHaveCount(0);

  await unknownCard.getByRole('button', { name: '確認済みにする' }).click();
  const dismiss = page.getByRole('alertdialog', { name: 'この入金を確認済みにしますか？' });
  await dismiss.getByLabel('メモ（必須）').fill('テスト振込。依頼人に確認済み');
  await dismiss.getByRole('button', { name: '確認済みにする' }).click();
  await expect(page.getByRole('status').filter({ hasText: '確認済みにしました' })).toHaveText(
    '入金 12,345円を確認済みにしました。',
  );
  await expect(page.getByText('確認が必要な入金はありません。')).toBeVisible();
  const resolved = page.getByRole('table', { name: '充当済みの入金（新しい順）' });
  await expect(resolved).toContainText(short.number);
  await expect(resolved).toContainText('staff@koushin.example');
  await page.screenshot({ path: screenshotPath('staff-review-done-ja'), fullPage: true });
  await expectNoAxeViolations(page);

  // At a glance: one open invoice left (order 3), the queue empty.
  await page.getByRole('link', { name: '入金の概況' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure svg').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('staff-overview-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  // The archive finds order 2 by its serial-free number prefix and offers its receipt.
  await page.goto(`/staff/archive?number=${encodeURIComponent(short.number)}`);
  const found = page.locator('table').filter({ hasText: short.number });
  await expect(found).toBeVisible();
  await page.screenshot({ path: screenshotPath('staff-archive-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  // The customer's order 2 is paid.
  await page.context().clearCookies();
  await signInAsDemo(page);
  await page.goto(`/orders/${encodeURIComponent(orders[1] ?? '')}`);
  await expect(page.locator('.order-facts .status')).toHaveText('支払い済み');

  // Order 1, paid exactly: its lapsed serial runs a year from the transfer's day, and the receipt downloads.
  await page.goto(`/orders/${encodeURIComponent(orders[0] ?? '')}`);
  await expect(page.locator('.order-facts .status')).toHaveText('支払い済み');
  await expect(page.locator('.order-lines')).toContainText('2027年11月26日');
  const receipt = page.getByRole('region', { name: '領収書' });
  const download = receipt.getByRole('link', { name: '領収書をダウンロード' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  const pdf = await page.request.get((await download.getAttribute('href')) ?? '');
  expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: screenshotPath('order-paid-receipt-ja'), fullPage: true });

  // And the "payment confirmed" mail, the receipt attached, is in the catcher.
  const mail = page.locator('tbody tr').filter({ hasText: `ご入金を確認しました（${exact.number}）` });
  await expect(async () => {
    await page.goto('/dev/mail');
    await expect(mail.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  expect(errors).toEqual([]);
});
