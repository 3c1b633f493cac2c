import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { hasChromium, noChromiumMessage } from './chromium';
import { screenshotPath, watchConsoleErrors } from './demo';
import { catcherSmtpPort, deleteCaughtMail, mailFrame, openNewestMailTo, withoutSandboxReports } from './mail';

test.skip(!hasChromium, noChromiumMessage);

// A password mail as the app composes it, sent over SMTP to the test server's catcher: argv is the port,
// the recipient and the link.
const sendPasswordMail = `
import smtplib, sys
from datetime import UTC, datetime
from backend.core.settings import MailSettings
from backend.mail.compose import Recipient, compose
port, to, link = int(sys.argv[1]), sys.argv[2], sys.argv[3]
values = {"email": to, "company_name": "株式会社ニューカマー", "link": link, "expires_at": "2026年11月26日 11:00"}
mail = compose("password_reset", Recipient(to, "株式会社ニューカマー"), values, sender=MailSettings().sender, now=datetime.now(UTC))
with smtplib.SMTP("127.0.0.1", port) as smtp:
    smtp.sendmail("no-reply@koushin.localhost", [to], mail.content)
`;

test('an empty mail box says how to catch a first mail', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await deleteCaughtMail(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Caught mail' })).toBeVisible();
  await expect(page.getByText('No messages')).toBeVisible();
  await expect(page.getByText('newcomer@koushin.example')).toBeVisible();
  await page.screenshot({ path: screenshotPath('dev-mail-empty'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a caught mail is shown, and its link opens in the tab, out of the frame', async ({ page, baseURL }) => {
  const errors = watchConsoleErrors(page);
  const to = 'newcomer@koushin.example';
  const link = `${String(baseURL)}/set-password?token=e2e-token`;
  await deleteCaughtMail(page);
  execFileSync('../.venv/bin/python', ['-c', sendPasswordMail, String(catcherSmtpPort), to, link]);

  expect(await openNewestMailTo(page, to)).toBe(link);
  await expect(mailFrame(page).getByText('株式会社ニューカマー')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '【Koushin】パスワード設定のご案内' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('dev-mail-message'), fullPage: true });

  await Promise.all([
    page.waitForURL(link, { waitUntil: 'commit' }),
    mailFrame(page).getByRole('link', { name: 'パスワードを設定する' }).click(),
  ]);
  expect(withoutSandboxReports(errors)).toEqual([]);
});
