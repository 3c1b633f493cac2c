// The demo data `python -m backend load-demo` loads, as seen on 2026-11-26 (KOUSHIN_TODAY).
import { expect, type Page } from '@playwright/test';
import { dirname, join } from 'node:path';

export const demo = { email: 'demo@koushin.example', password: 'Koushin-Demo-2026' };
export const staff = { email: 'staff@koushin.example', password: 'Koushin-Staff-2026' };

export const productNames = {
  CLOUD: { ja: 'ウイルスバスター クラウド', en: 'Virus Buster Cloud' },
  CLOUD_DLS_PREMIUM: {
    ja: 'ウイルスバスター クラウド + デジタルライフサポート プレミアム',
    en: 'Virus Buster Cloud + Digital Life Support Premium',
  },
  TS_STANDARD: { ja: 'ウイルスバスター トータルセキュリティ スタンダード', en: 'Virus Buster Total Security Standard' },
  TS_PREMIUM: { ja: 'ウイルスバスター トータルセキュリティ プレミアム', en: 'Virus Buster Total Security Premium' },
};

/** The nine serials the account lists, soonest expiry first; the three expired over a year ago are hidden. */
export const listedSerials: {
  serial: string;
  product: keyof typeof productNames;
  expiry: { ja: string; en: string };
  status: { ja: string; en: string };
}[] = [
  { serial: 'N7CM-4KRD-9XJP-3TWB-5FHQ', product: 'TS_STANDARD', expiry: { ja: '2026年10月17日', en: '17 Oct 2026' }, status: { ja: '期限切れ（40日前）', en: 'Expired 40 days ago' } },
  { serial: 'M4RJ-8WQX-T2KP-6FND-9YCB', product: 'CLOUD', expiry: { ja: '2026年11月16日', en: '16 Nov 2026' }, status: { ja: '期限切れ（10日前）', en: 'Expired 10 days ago' } },
  { serial: 'B6YD-KP3R-9TQM-2XWF-7CNH', product: 'CLOUD', expiry: { ja: '2026年12月26日', en: '26 Dec 2026' }, status: { ja: 'まもなく期限切れ（残り30日）', en: 'Expiring soon (30 days left)' } },
  { serial: 'R3HQ-9CMT-6WXB-4NKP-2JYD', product: 'CLOUD_DLS_PREMIUM', expiry: { ja: '2027年1月25日', en: '25 Jan 2027' }, status: { ja: 'まもなく期限切れ（残り60日）', en: 'Expiring soon (60 days left)' } },
  { serial: 'P2JF-8HTW-5MCN-7QYR-3DKX', product: 'TS_PREMIUM', expiry: { ja: '2027年2月24日', en: '24 Feb 2027' }, status: { ja: 'まもなく期限切れ（残り90日）', en: 'Expiring soon (90 days left)' } },
  { serial: 'QF7K-2M9P-XR4T-8WNC-3HJD', product: 'CLOUD', expiry: { ja: '2027年6月14日', en: '14 Jun 2027' }, status: { ja: '有効', en: 'Active' } },
  { serial: 'D8KX-5PWN-2JRC-7MTY-4HQF', product: 'CLOUD_DLS_PREMIUM', expiry: { ja: '2028年4月9日', en: '9 Apr 2028' }, status: { ja: '有効', en: 'Active' } },
  { serial: 'T5WB-7NYK-3QDH-8PRX-6MCJ', product: 'TS_STANDARD', expiry: { ja: '2028年10月26日', en: '26 Oct 2028' }, status: { ja: '有効', en: 'Active' } },
  { serial: 'X6DR-3BQJ-8NFW-2HMK-9TPC', product: 'TS_PREMIUM', expiry: { ja: '2029年8月22日', en: '22 Aug 2029' }, status: { ja: '有効', en: 'Active' } },
];

/** Signs in through the form (Japanese UI) and waits for the licences page. */
export async function signInAsDemo(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('メールアドレス').fill(demo.email);
  await page.getByLabel('パスワード').fill(demo.password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'マイライセンス' })).toBeVisible();
}

/** Screenshots go to test-results/screenshots/ for a person to look at. */
export function screenshotPath(name: string): string {
  return join(dirname(import.meta.dirname), 'test-results', 'screenshots', `${name}.png`);
}

/** Collects what the browser reports as errors (CSP violations among them); tests expect none. */
export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
