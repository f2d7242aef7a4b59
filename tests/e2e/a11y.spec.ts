import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, SITE } from './sites.ts';

const paths = await sitemapPaths(SITE);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`axe finds no WCAG 2.2 AA violation on any page (${colorScheme}, ${width} px)`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `${path} (${colorScheme}, ${width} px)`).toEqual([]);
      }
    });
  }
}

test('nothing overflows sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/', '/timeline/', '/timeline/ambush-officer-missing/', '/sources/', '/facts/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('print hides the controls and prints link addresses', async ({ page }) => {
  await page.goto('/timeline/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('copy-link').first()).toBeHidden();
  // The timeline's source links lead to /sources/; on paper each prints the source's own address.
  const printed = await page
    .locator('article#kaetuai-killed .sources a')
    .first()
    .evaluate((a) => [getComputedStyle(a, '::after').content, a.getAttribute('data-print-url')]);
  expect(printed[1]).toMatch(/^https:\/\//);
  expect(printed[0]).toBe(`" (${printed[1]})"`);
  await expect(page.locator('article#kaetuai-killed')).toHaveCSS('break-inside', 'avoid');
  await page.goto('/sources/');
  await page.emulateMedia({ media: 'print' });
  const external = await page
    .locator('#reuters-missing cite a')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(external).toContain('https://www.timeslive.co.za/');
});
