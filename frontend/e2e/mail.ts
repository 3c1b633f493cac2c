// The development mail page (/dev/mail) as a test reads it: the newest mail to an address, and its link.
import { expect, type FrameLocator, type Page } from '@playwright/test';

/** Where the test server's mail catcher listens (playwright.config.ts); not 8025, so a `make run` can run too. */
export const catcherSmtpPort = 8766;

/** The open mail's HTML part, framed as a mail client would show it; a click on its links opens them in this tab. */
export function mailFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="HTML part"]');
}

/**
 * Opens the newest caught mail to `address` and returns the first link of its HTML part (the password link
 * of a password mail). Waits for the mail to arrive: the app sends it in the background. The page is left
 * on the mail, to screenshot it or to click the link in `mailFrame(page)`.
 */
export async function openNewestMailTo(page: Page, address: string): Promise<string> {
  const newest = page.locator('tbody tr').filter({ hasText: address }).first();
  await expect(async () => {
    await page.goto('/dev/mail');
    await expect(newest).toBeVisible({ timeout: 1000 });
  }).toPass();
  await newest.getByRole('link').click();
  const href = await mailFrame(page).locator('a[href]').first().getAttribute('href');
  if (href === null) {
    throw new Error(`the newest mail to ${address} has no link in its HTML part`);
  }
  return href;
}

const sandboxReport =
  "Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed and the 'allow-scripts' permission is not set.";

/**
 * Console errors (see `watchConsoleErrors`) but the mail frame's refusals: Playwright's trace recording tries to
 * run script in the sandboxed frame, the sandbox refuses, and Chromium says so. A refusal is the frame working.
 */
export function withoutSandboxReports(errors: string[]): string[] {
  return errors.filter((error) => error !== sandboxReport);
}

/** Deletes every caught mail, so that the next one a test finds is one it caused. */
export async function deleteCaughtMail(page: Page): Promise<void> {
  await page.goto('/dev/mail');
  await page.getByRole('button', { name: 'Delete all' }).click();
  await expect(page.getByText('No mail caught yet')).toBeVisible();
}
