// The renewal cart with 1,000 lines in Chromium (run by bench/cart.py, which serves the app):
// node bench/cart_page.mjs BASE_URL EMAIL PASSWORD RUNS → one JSON line of timings in milliseconds.
import { chromium } from 'playwright';

const [baseUrl, email, password, runs] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
await page.goto(`${baseUrl}/sign-in`);
await page.getByLabel('メールアドレス').fill(email);
await page.getByLabel('パスワード').fill(password);
await page.getByRole('button', { name: 'サインイン' }).click();
await page.getByRole('heading', { level: 1, name: 'マイライセンス' }).waitFor();
await page.getByRole('button', { name: '更新できるものをすべて選択' }).click();
await page.getByText(/更新できる1000件をすべて選びました/).waitFor();

// From [まとめて契約更新を申し込む] to 1,000 lines on screen, then to the server's prices for all of them.
const opened = performance.now();
await page.getByRole('button', { name: 'まとめて契約更新を申し込む' }).click();
await page.getByText('1000件をお申し込みに含めます。').waitFor({ timeout: 60_000 });
const shown = performance.now() - opened;
await page.getByRole('status').filter({ hasText: '料金を確認しています' }).waitFor({ state: 'hidden', timeout: 60_000 });
const priced = performance.now() - opened;

// One line's term changed: the time until the totals on screen say so and the next frame is drawn.
const changes = [];
for (let run = 0; run < Number(runs); run++) {
  changes.push(
    await page.evaluate(async (run) => {
      const selects = document.querySelectorAll('.cart-term select');
      const select = selects[(run * 137) % selects.length];
      const totals = document.querySelector('.cart-summary');
      const before = totals.textContent;
      const started = performance.now();
      select.value = select.value === '1' ? '2' : '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (totals.textContent !== before ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - started;
    }, run),
  );
  // Let the debounced pricing request (300 ms after the change) go and come back before the next change.
  await page.waitForTimeout(400);
  await page.getByRole('status').filter({ hasText: '料金を確認しています' }).waitFor({ state: 'hidden' });
}
console.log(JSON.stringify({ shown, priced, changes }));
await browser.close();
