// End-to-end tests: the built SPA and explorer served by the real backend, on demo data, in Chromium.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath, hasChromium, noChromiumMessage } from './e2e/chromium';
import { catcherSmtpPort } from './e2e/mail';

const port = 8765;
const baseURL = `http://127.0.0.1:${port}`;

if (!hasChromium) {
  if (process.env.CI) {
    throw new Error(`${noChromiumMessage} (CI is set, so this is a failure)`);
  }
  // Said once, by the main process; each test is also marked skipped with this reason.
  if (process.env.TEST_WORKER_INDEX === undefined) {
    console.warn(noChromiumMessage);
  }
}
if (hasChromium && !existsSync(join(import.meta.dirname, 'dist', 'index.html'))) {
  throw new Error('frontend/dist is missing: run `npm run build` first (the backend serves the built app)');
}

// Workers load this file again; they inherit the directory chosen by the main process.
process.env.KOUSHIN_E2E_DIR ??= mkdtempSync(join(tmpdir(), 'koushin-e2e-'));
const dataDir = process.env.KOUSHIN_E2E_DIR;
const python = '../.venv/bin/python -m backend';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalTeardown: './e2e/globalTeardown.ts',
  forbidOnly: Boolean(process.env.CI),
  // One backend and one demo account: tests sign in and out, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    // A Japanese browser, as most of our readers have: a first visit follows the browser's language.
    locale: 'ja-JP',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /known-device/ },
    // Locks the staff account out for unknown browsers for a while: after every test that signs staff in.
    { name: 'lockout', testMatch: /known-device/, dependencies: ['chromium'] },
  ],
  webServer: hasChromium
    ? {
        command: `${python} migrate && ${python} load-demo && ${python} serve --host 127.0.0.1 --port ${port} --catch-mail`,
        url: `${baseURL}/healthz`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          KOUSHIN_DATABASE_URL: `sqlite+aiosqlite:///${join(dataDir, 'e2e.sqlite3')}`,
          KOUSHIN_DATA_DIR: dataDir,
          KOUSHIN_TODAY: '2026-11-26',
          KOUSHIN_ENV: 'development',
          KOUSHIN_SMTP_PORT: String(catcherSmtpPort),
          KOUSHIN_PUBLIC_URL: baseURL,
        },
      }
    : undefined,
});
