import { expect, test } from '@playwright/test';
import { hasChromium, noChromiumMessage } from './chromium';
import { demo, screenshotPath, signInAsDemo, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

test('the explorer runs queries with the session of the signed-in reader', async ({ page }) => {
  await signInAsDemo(page);
  const errors = watchConsoleErrors(page);

  // Developers open the explorer by its address; customers are not shown a link to it.
  await page.goto('/graphql');
  const editor = page.locator('.graphiql-query-editor');
  await expect(editor).toContainText('{ me { email } }');
  // A click before GraphiQL has finished loading does nothing: click again until the query runs.
  await expect(async () => {
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect(page.locator('.graphiql-response')).toContainText(`"email": "${demo.email}"`, { timeout: 1000 });
  }).toPass();
  await page.screenshot({ path: screenshotPath('explorer'), fullPage: true });
  expect(errors).toEqual([]);
});
