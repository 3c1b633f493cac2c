import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { screenshotPath, signInAsDemo, watchConsoleErrors } from './demo';
import { deleteCaughtMail, mailFrame, withoutSandboxReports } from './mail';

test.skip(!hasChromium, noChromiumMessage);

const lapsed = 'N7CM-4KRD-9XJP-3TWB-5FHQ'; // Total Security Standard, expired 40 days ago
const soon = 'B6YD-KP3R-9TQM-2XWF-7CNH'; // Cloud, 30 days left
const active = 'QF7K-2M9P-XR4T-8WNC-3HJD'; // Cloud, expires 14 Jun 2027

// The other specs expect every demo serial free: whatever a test here ordered is cancelled after it.
test.afterEach(async ({ page }) => {
  await page.goto('/healthz');
  const open = await graphql(page, '{ orders(first: 100) { nodes { number status } } }');
  const nodes = (open.orders as { nodes: { number: string; status: string }[] }).nodes;
  for (const order of nodes.filter((node) => node.status === 'AWAITING_PAYMENT')) {
    await graphql(page, 'mutation($n: String!) { cancelOrder(number: $n) { errors { code } } }', { n: order.number });
  }
});

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

/** Presses Tab (or Shift+Tab) until `target` has focus: it is reachable by keyboard in the page's order. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 60 && !(await target.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

async function fillBilling(page: Page): Promise<void> {
  await page.getByLabel('会社名').fill('株式会社デモ商事');
  await page.getByLabel('部署').fill('情報システム部');
  await page.getByLabel('ご担当者名').fill('山田 花子');
  await page.getByLabel('電話番号').fill('03-1234-5678');
  await page.getByLabel('郵便番号').fill('1000005');
  await page.getByLabel('住所').fill('東京都千代田区丸の内1-1-1');
  await page.getByLabel('注文番号（貴社管理番号）').fill('PO-2026-0456');
}

async function pdfOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

test('a bulk renewal of three serials, one ordered meanwhile elsewhere, ends with the invoice on screen, in the mail and in My orders', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  await deleteCaughtMail(page);
  await page.goto('/licences');
  for (const serial of [lapsed, soon, active]) {
    await page.getByRole('checkbox', { name: `${serial}を選択` }).check();
  }
  await page.getByRole('button', { name: 'まとめて契約更新を申し込む' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '更新内容の選択' })).toBeVisible();
  await expect(page.getByText('3件をお申し込みに含めます。')).toBeVisible();

  // Meanwhile another tab of the account orders one of them: the cart, reloaded, keeps it with its reason.
  const placed = await graphql(
    page,
    `mutation($input: PlaceRenewalOrderInput!) { placeRenewalOrder(input: $input) { order { number } errors { code } } }`,
    {
      input: {
        lines: [{ serialNumber: active, productCode: 'CLOUD', years: 1, autoRenewal: false }],
        billing: { companyName: '株式会社デモ商事', email: 'demo@koushin.example', phone: '03-1234-5678', postalCode: '100-0005', address: '東京都千代田区丸の内1-1-1' },
        acceptedTermsVersion: '2026-12-01',
        acceptedPrivacyVersion: '2026-12-01',
        idempotencyKey: 'e2e-other-tab-0000000000000001',
      },
    },
  );
  const elsewhere = (placed.placeRenewalOrder as { order: { number: string } }).order.number;
  await page.reload();
  const activeRow = page.getByRole('row').filter({ hasText: active });
  await expect(activeRow).toContainText(`このシリアル番号はお支払い待ちのご注文（${elsewhere}）で更新手続き中です。`);
  await expect(activeRow).toContainText('このライセンスはお申し込みに含まれません。');
  await expect(page.getByText('3件中2件をお申し込みに含めます。')).toBeVisible();

  // Two years of Premium for the Cloud serial, by keyboard: the totals follow.
  const product = page.getByLabel(`${soon}の更新後の製品`);
  await product.selectOption('TS_PREMIUM');
  const term = page.getByLabel(`${soon}の期間`);
  await term.selectOption('2');
  const totals = page.getByRole('region', { name: '合計金額' });
  await expect(totals).toContainText('21,105円');
  await expect(totals).toContainText('2,110円');
  await expect(totals).toContainText('23,215円');
  await page.screenshot({ path: screenshotPath('checkout-cart-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);
  // At 375 px each line is a card: nothing scrolls sideways and no serial is cut or broken.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  for (const serial of await page.locator('.cart-serial .serial-number').all()) {
    const box = await serial.boundingBox();
    expect(box?.height).toBeLessThan(30);
    expect(await serial.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  await page.screenshot({ path: screenshotPath('checkout-cart-narrow-ja'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: '請求先の入力へ進む' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '請求先の入力' })).toBeVisible();
  await fillBilling(page);
  await expectNoAxeViolationsInBothLanguages(page);
  await page.getByRole('button', { name: 'お申し込み内容の確認へ進む' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'お申し込み内容の確認' })).toBeVisible();
  await expect(page.getByText('更新できない1件はお申し込みに含まれません。')).toBeVisible();

  // A quote, numbered and downloadable once rendered.
  await page.getByRole('button', { name: '見積書を表示する' }).click();
  const quoteLink = page.getByRole('link', { name: /^見積書 Q-2026-\d{6}（PDF）をダウンロード$/ });
  await expect(quoteLink).toBeVisible({ timeout: 30_000 });
  const quoteDownload = page.waitForEvent('download');
  await quoteLink.click();
  const quote = await quoteDownload;
  expect(quote.suggestedFilename()).toMatch(/^見積書-Q-2026-\d{6}\.pdf$/);
  expect((await pdfOf(quote)).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByLabel('使用許諾契約書に同意する').check();
  await page.getByLabel('個人情報の取り扱いに同意する').check();
  await expectNoAxeViolationsInBothLanguages(page);
  const place = page.getByRole('button', { name: '申し込む', exact: true });
  await place.click();
  const dialog = page.getByRole('alertdialog', { name: 'この内容で申し込みますか？' });
  await expect(dialog).toContainText('2件のライセンスを更新します。合計（税込）23,215円。');
  await expect(dialog.getByRole('button', { name: '戻る' })).toBeFocused();
  await page.screenshot({ path: screenshotPath('checkout-dialog-ja') });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: '申し込む' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeVisible();
  await expect(page).toHaveURL(/\/orders\/O-2026-\d{6}$/);
  const orderNumber = decodeURIComponent(page.url().split('/').pop() ?? '');
  // The billing address is the account's: one mail, and the page says where it went.
  await expect(page.getByText('請求書（PDF）は、メールでも demo@koushin.example にお送りしました。')).toBeVisible();
  const invoice = page.getByRole('region', { name: '請求書' });
  await expect(invoice).toContainText('2026年11月26日');
  await expect(invoice).toContainText('2027年1月26日');
  await expect(invoice).toContainText('23,215円');
  await expect(invoice).toContainText('みずほ銀行（0001）');
  await expect(invoice).toContainText('普通');
  await expect(invoice).toContainText('振込手数料はお客様のご負担となります。');
  const invoiceLink = invoice.getByRole('link', { name: '請求書をダウンロード' });
  await expect(invoiceLink).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('checkout-completion-ja'), fullPage: true });
  const invoiceDownload = page.waitForEvent('download');
  await invoiceLink.click();
  const invoicePdf = await invoiceDownload;
  expect(invoicePdf.suggestedFilename()).toMatch(/^請求書-I-2026-\d{6}\.pdf$/);
  const invoiceBytes = await pdfOf(invoicePdf);
  expect(invoiceBytes.subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoAxeViolationsInBothLanguages(page);

  // The same PDF in the mail catcher, to the account (which is also the billing address).
  const mail = page.locator('tbody tr').filter({ hasText: 'ご請求書をお送りします' }).first();
  await expect(async () => {
    await page.goto('/dev/mail');
    await expect(mail).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(mail).toContainText('demo@koushin.example');
  await mail.getByRole('link').click();
  await expect(mailFrame(page).getByText(orderNumber).first()).toBeVisible();
  const attachmentDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: invoicePdf.suggestedFilename() }).click();
  expect((await pdfOf(await attachmentDownload)).equals(invoiceBytes)).toBe(true);
  await page.screenshot({ path: screenshotPath('checkout-mail-ja'), fullPage: true });

  // My orders lists it, newest first, with the order placed elsewhere after it.
  await page.goto('/orders');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(orderNumber);
  await expect(rows.first()).toContainText('支払い待ち');
  await expect(rows.first()).toContainText('23,215円');
  await expect(rows.first()).toContainText('2027年1月26日');
  await expect(rows.nth(1)).toContainText(elsewhere);
  await page.screenshot({ path: screenshotPath('checkout-orders-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  // Each order is a card of labelled one-line values, not columns squeezed to a character each.
  for (const cell of await rows.first().getByRole('cell').all()) {
    expect((await cell.boundingBox())?.height).toBeLessThan(40);
  }
  await page.screenshot({ path: screenshotPath('checkout-orders-narrow-ja'), fullPage: true });
  expect(withoutSandboxReports(errors)).toEqual([]);
});

test('a single renewal by keyboard alone, then cancelled: its serial is free again', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  const renew = page.getByRole('button', { name: `契約更新を申し込む (${lapsed})` });
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, renew);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '更新内容の選択' })).toBeVisible();

  // The cart: three years, and the annual auto-renewal refused for a term longer than one year is not offered.
  const term = page.getByLabel(`${lapsed}の期間`);
  await tabTo(page, term);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(term).toHaveValue('3');
  await expect(page.getByText('1件をお申し込みに含めます。')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: '請求先の入力へ進む' }));
  await page.keyboard.press('Enter');

  // Billing typed in (over whatever an earlier order left prefilled).
  await expect(page.getByRole('heading', { level: 1, name: '請求先の入力' })).toBeVisible();
  for (const [label, value] of [
    ['会社名', '株式会社デモ商事'],
    ['電話番号', '03-1234-5678'],
    ['郵便番号', '100-0005'],
    ['住所', '東京都千代田区丸の内1-1-1'],
  ] as const) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
    await expect(page.getByLabel(label)).toHaveValue(value);
  }
  await tabTo(page, page.getByRole('button', { name: 'お申し込み内容の確認へ進む' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'お申し込み内容の確認' })).toBeVisible();
  for (const consent of ['使用許諾契約書に同意する', '個人情報の取り扱いに同意する']) {
    await tabTo(page, page.getByLabel(consent));
    await page.keyboard.press('Space');
    await expect(page.getByLabel(consent)).toBeChecked();
  }
  const place = page.getByRole('button', { name: '申し込む', exact: true });
  await tabTo(page, place);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog');
  // Escape closes the dialog and gives focus back; Tab stays inside it.
  await expect(dialog.getByRole('button', { name: '戻る' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(place).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '申し込む' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '戻る' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeVisible();
  const invoice = page.getByRole('region', { name: '請求書' });
  await expect(invoice).toContainText('17,160円'); // 15,600 + 1,560
  await expect(invoice.getByRole('link', { name: '請求書をダウンロード' })).toBeVisible({ timeout: 30_000 });

  // The licence says its renewal is in progress, with the order.
  const orderNumber = decodeURIComponent(page.url().split('/').pop() ?? '');
  await page.goto(`/licences/${lapsed}`);
  await expect(page.getByRole('main')).toContainText(orderNumber);

  // Cancelled with confirmation: the invoice is void and the serial can be renewed again at once.
  await page.goto(`/orders/${orderNumber}`);
  await expect(page.getByRole('heading', { level: 1, name: `注文番号 ${orderNumber}` })).toBeVisible();
  await expectNoAxeViolationsInBothLanguages(page);
  await page.getByRole('button', { name: '注文をキャンセル' }).click();
  const cancel = page.getByRole('alertdialog', { name: 'このご注文をキャンセルしますか？' });
  await expect(cancel.getByRole('button', { name: 'キャンセルしない' })).toBeFocused();
  await expectNoAxeViolations(page);
  await cancel.getByRole('button', { name: 'キャンセルする' }).click();
  await expect(page.getByText('この請求書は無効です（ご注文はキャンセルされました）。')).toBeVisible();
  await expect(page.getByRole('button', { name: '注文をキャンセル' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.screenshot({ path: screenshotPath('checkout-cancelled-ja'), fullPage: true });
  await page.getByRole('link', { name: 'マイライセンス' }).click();
  await expect(page.getByRole('button', { name: `契約更新を申し込む (${lapsed})` })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an annual auto-renewal ordered for a Total Security serial shows on its page and is stopped there', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  await page.goto(`/licences/${lapsed}`);
  await page
    .getByRole('button', {
      name: '年額あんしん自動更新のお申し込みはこちら (ウイルスバスター トータルセキュリティ スタンダード)',
    })
    .click();
  await expect(page.getByLabel(`${lapsed}を年額あんしん自動更新にする`)).toBeChecked();
  await page.getByRole('button', { name: '請求先の入力へ進む' }).click();
  await fillBilling(page);
  await page.getByRole('button', { name: 'お申し込み内容の確認へ進む' }).click();
  await page.getByLabel('使用許諾契約書に同意する').check();
  await page.getByLabel('個人情報の取り扱いに同意する').check();
  await page.getByRole('button', { name: '申し込む', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '申し込む' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeVisible();
  const orderNumber = decodeURIComponent(page.url().split('/').pop() ?? '');

  await page.goto(`/licences/${lapsed}`);
  const enrolment = page.getByRole('region', { name: '年額あんしん自動更新' });
  await expect(enrolment).toContainText(`ご注文 ${orderNumber} で年額あんしん自動更新をお申し込みいただいています。`);
  await expectNoAxeViolationsInBothLanguages(page);
  await enrolment.getByRole('button', { name: '自動更新を停止する' }).click();
  const dialog = page.getByRole('alertdialog', { name: '年額あんしん自動更新を停止しますか？' });
  await expect(dialog.getByRole('button', { name: '停止しない' })).toBeFocused();
  await dialog.getByRole('button', { name: '停止する' }).click();
  await expect(enrolment.getByRole('status')).toContainText('自動更新を停止しました。');
  await expect(enrolment.getByRole('button', { name: '自動更新を停止する' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('checkout-auto-renewal-stopped-ja'), fullPage: true });
  expect(errors).toEqual([]);
});
