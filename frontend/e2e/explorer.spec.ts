import { expect, test } from '@playwright/test';
import { hasChromium, noChromiumMessage } from './chromium';
import { demo, screenshotPath, signInAsDemo, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

test('the explorer runs queries with the session of the signed-in reader', async ({ page }) => {
  await signInAsDemo(page);
  const errors = watchConsoleErrors(page);

  await page.getByRole('link', { name: 'GraphQL エクスプローラー' }).click();
  await expect(page).toHaveURL('/graphql');
  const editor = page.locator('.graphiql-query-editor');
  await expect(editor).toContainText('{ me { email } }');
  await page.getByRole('button', { name: /execute query/i }).click();

  await expect(page.locator('.graphiql-response')).toContainText(`"email": "${demo.email}"`);
  await page.screenshot({ path: screenshotPath('explorer'), fullPage: true });
  expect(errors).toEqual([]);
});
