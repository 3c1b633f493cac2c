// Accessibility checked, not hoped for: axe-core's rules run on the page as it stands, in both
// languages, and any violation fails the test with the rule and the elements it found.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The violations axe finds on the page now, as rule → offending elements (empty when none). */
async function violations(page: Page): Promise<Record<string, string[]>> {
  const results = await new AxeBuilder({ page }).analyze();
  return Object.fromEntries(
    results.violations.map((violation) => [
      `${violation.id}: ${violation.help}`,
      violation.nodes.map((node) => node.target.join(' ')),
    ]),
  );
}

/** Fails on any axe violation on the page as it is. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await violations(page), `axe on ${page.url()}`).toEqual({});
}

/** Fails on any axe violation in Japanese or English: checks the page, switches language with the
 * page's own switch, checks again, and switches back. */
export async function expectNoAxeViolationsInBothLanguages(page: Page): Promise<void> {
  const html = page.locator('html');
  const first = (await html.getAttribute('lang')) === 'en' ? 'en' : 'ja';
  const other = first === 'ja' ? 'en' : 'ja';
  const switchTo = async (language: 'ja' | 'en') => {
    const name = language === 'ja' ? '日本語' : 'English';
    await page
      .getByRole('group', { name: /^(表示言語|Display language)$/ })
      .getByRole('button', { name })
      .click();
    await expect(html).toHaveAttribute('lang', language);
  };
  await expectNoAxeViolations(page);
  await switchTo(other);
  await expectNoAxeViolations(page);
  await switchTo(first);
}
