import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { screenshotPath, staff, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

async function submit(page: Page, password: string): Promise<void> {
  await page.getByLabel('メールアドレス').fill(staff.email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'サインイン' }).click();
}

// The staff account (staff land on their console): this test runs after all the others (its own project in
// playwright.config.ts), so the wait it causes for browsers the account does not know stops no other test.
test('guessing from another browser slows that browser, not the owner on a browser it signed in from', async ({
  browser,
}) => {
  const owners = await browser.newContext();
  const owner = await owners.newPage();
  const errors = watchConsoleErrors(owner);
  await owner.goto('/sign-in');
  await submit(owner, staff.password);
  await expect(owner.getByRole('heading', { level: 1, name: '概況' })).toBeVisible();
  await owner.getByRole('button', { name: 'サインアウト' }).click();
  await expect(owner).toHaveURL('/sign-in');

  const attackers = await browser.newContext();
  const attacker = await attackers.newPage();
  await attacker.goto('/sign-in');
  for (let guess = 1; guess <= 5; guess++) {
    await submit(attacker, `guess-${guess}`);
    await expect(attacker.getByRole('alert')).toHaveText('メールアドレスまたはパスワードが正しくありません。');
  }
  await submit(attacker, staff.password);
  await expect(attacker.getByRole('alert')).toHaveText(
    /^サインインの試行回数が上限に達しました。\d+秒後にもう一度お試しください。$/,
  );
  await attacker.screenshot({ path: screenshotPath('sign-in-too-many-attempts-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(attacker);

  await submit(owner, staff.password);
  await expect(owner.getByRole('heading', { level: 1, name: '概況' })).toBeVisible();
  expect(errors).toEqual([]);
  await owners.close();
  await attackers.close();
});
