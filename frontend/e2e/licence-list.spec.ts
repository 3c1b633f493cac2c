import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { listedSerials, screenshotPath, signInAsDemo, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

/** Records each history entry the SPA pushes, with its router state, so a test can read what a navigation
 * carried (the renewal cart's own page is another feature's). */
async function recordNavigations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const pushes: { url: string; state: unknown }[] = [];
    Object.assign(window, { pushes });
    const push = history.pushState.bind(history);
    history.pushState = (state: unknown, unused: string, url?: string | URL | null) => {
      pushes.push({ url: String(url), state });
      push(state, unused, url);
    };
  });
}

async function renewalNavigations(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    (
      window as unknown as {
        pushes: { url: string; state: { usr?: unknown } }[];
      }
    ).pushes
      .filter((push) => push.url === '/renew')
      .map((push) => push.state.usr),
  );
}

function serialsOf(...indexes: number[]): string[] {
  return indexes.map((index) => listedSerials[index]?.serial ?? '');
}

test('filters, search, counts and "select all renewable" feed a bulk renewal', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await recordNavigations(page);
  await signInAsDemo(page);

  const filters = page.getByRole('group', { name: '表示するライセンス' });
  await expect(filters.getByRole('button')).toHaveText([
    'すべて 9件',
    'まもなく期限切れ 3件',
    '期限切れ 2件',
    '更新できる 9件',
    'お手続き中 0件',
  ]);
  await expect(filters.getByRole('button', { name: 'すべて 9件' })).toHaveAttribute('aria-pressed', 'true');

  await filters.getByRole('button', { name: /^まもなく期限切れ/ }).click();
  await expect(page).toHaveURL('/licences?filter=expiring-soon');
  const serialCells = page.getByRole('table').getByRole('rowheader');
  await expect(serialCells).toHaveText(serialsOf(2, 3, 4));
  await expect(page.getByText('全3件')).toBeVisible();

  const search = page.getByRole('searchbox', {
    name: 'シリアル番号・製品名で検索',
  });
  await search.fill('トータルセキュリティ');
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await expect(serialCells).toHaveText(serialsOf(4));
  await expect(filters.getByRole('button')).toHaveText([
    'すべて 4件',
    'まもなく期限切れ 1件',
    '期限切れ 1件',
    '更新できる 4件',
    'お手続き中 0件',
  ]);
  await page.screenshot({
    path: screenshotPath('licences-filtered-ja'),
    fullPage: true,
  });
  await expectNoAxeViolationsInBothLanguages(page);

  // Any spelling of part of a serial finds it.
  await search.fill('ｍ４ｒｊ ８wqx');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await filters.getByRole('button', { name: /^すべて/ }).click();
  await expect(serialCells).toHaveText(serialsOf(1));

  await search.fill('');
  await search.press('Enter');
  await expect(serialCells).toHaveCount(9);
  await page.getByRole('button', { name: '更新できるものをすべて選択' }).click();
  await expect(page.locator('.selection-count')).toHaveText('9件を選択中。 更新できる9件をすべて選びました。');
  for (const { serial } of listedSerials) {
    await expect(page.getByRole('checkbox', { name: `${serial}を選択` })).toBeChecked();
  }
  await page.getByRole('checkbox', { name: `${listedSerials[0]?.serial}を選択` }).uncheck();
  await expect(page.locator('.selection-count')).toHaveText('8件を選択中。');
  await page.getByRole('button', { name: 'まとめて契約更新を申し込む' }).click();
  expect(await renewalNavigations(page)).toEqual([
    {
      add: serialsOf(1, 2, 3, 4, 5, 6, 7, 8).map((serialNumber) => ({
        serialNumber,
      })),
    },
  ]);
  expect(errors).toEqual([]);
});

test('one serial is renewed from its row, and an option row on its page starts a renewal with that option', async ({
  page,
}) => {
  await recordNavigations(page);
  await signInAsDemo(page);
  await page
    .getByRole('button', {
      name: '契約更新を申し込む (QF7K-2M9P-XR4T-8WNC-3HJD)',
    })
    .click();
  expect(await renewalNavigations(page)).toEqual([{ add: [{ serialNumber: 'QF7K-2M9P-XR4T-8WNC-3HJD' }] }]);
  // Each page load starts a fresh record.
  await page.goto('/licences/N7CM-4KRD-9XJP-3TWB-5FHQ');
  await page
    .getByRole('button', {
      name: 'お申し込みはこちら (ウイルスバスター トータルセキュリティ プレミアム, 2年)',
    })
    .click();
  expect(await renewalNavigations(page)).toEqual([
    {
      add: [
        {
          serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
          productCode: 'TS_PREMIUM',
          years: 2,
          autoRenewal: false,
        },
      ],
    },
  ]);
  await page.goto('/licences/N7CM-4KRD-9XJP-3TWB-5FHQ');
  await page
    .getByRole('button', {
      name: '年額あんしん自動更新のお申し込みはこちら (ウイルスバスター トータルセキュリティ スタンダード)',
    })
    .click();
  expect(await renewalNavigations(page)).toEqual([
    {
      add: [
        {
          serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
          productCode: 'TS_STANDARD',
          years: 1,
          autoRenewal: true,
        },
      ],
    },
  ]);
});

test('at 375 px every licence is a card with its expiry and status, worked by keyboard alone', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await recordNavigations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAsDemo(page);

  // Nothing scrolls sideways, and each card shows its expiry and status.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  const first = page.getByRole('table').getByRole('row').nth(1);
  await expect(first.locator('.expiry-date')).toBeVisible();
  await expect(first.locator('.licence-status')).toBeVisible();
  // A serial number never breaks across lines: its cell is one line high.
  for (const cell of await page.getByRole('rowheader').all()) {
    const box = await cell.boundingBox();
    expect(box?.height).toBeLessThan(30);
  }
  await page.screenshot({
    path: screenshotPath('licences-narrow-ja'),
    fullPage: true,
  });
  await page.getByRole('table').getByRole('row').nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('licences-narrow-ja-cards') });
  await expectNoAxeViolationsInBothLanguages(page);

  // Keyboard alone: tab to the second serial's check box, tick it with space, then to "renew selected".
  const target = page.getByRole('checkbox', {
    name: `${listedSerials[1]?.serial}を選択`,
  });
  await page.getByRole('heading', { level: 1 }).focus();
  for (let presses = 0; presses < 40 && !(await target.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  const renewSelected = page.getByRole('button', {
    name: 'まとめて契約更新を申し込む',
  });
  for (
    let presses = 0;
    presses < 40 && !(await renewSelected.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(renewSelected).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await renewalNavigations(page)).toEqual([{ add: [{ serialNumber: listedSerials[1]?.serial }] }]);
  expect(errors).toEqual([]);
});
