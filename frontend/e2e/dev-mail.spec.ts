import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { screenshotPath, watchConsoleErrors } from './demo';
import { deleteCaughtMail } from './mail';

test.skip(!hasChromium, noChromiumMessage);

test('an empty mail box says how to catch a first mail', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await deleteCaughtMail(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Caught mail' })).toBeVisible();
  await expect(page.getByText('No messages')).toBeVisible();
  await expect(page.getByText('newcomer@koushin.example')).toBeVisible();
  await page.screenshot({ path: screenshotPath('dev-mail-empty'), fullPage: true });
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
