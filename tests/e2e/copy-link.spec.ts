import { expect, test } from '@playwright/test';
import { SITE } from './sites.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('copying an event link puts the absolute URL of its own page on the clipboard and says so', async ({ page }) => {
  await page.goto('/timeline/');
  // Located by place, not name: the button's name changes once it has copied.
  const button = page.locator('article#kaetuai-killed copy-link button');
  await button.click();
  await expect(button).toContainText('Link copied');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(`${SITE}/timeline/kaetuai-killed/`);
});

test("copying a section link copies the section's own page", async ({ page }) => {
  await page.goto('/timeline/');
  await page
    .locator('section#the-first-casualty > .head')
    .getByRole('button', { name: /^Copy link/ })
    .click();
  expect(await clipboard(page)).toBe(`${SITE}/timeline/the-first-casualty/`);
});

test('a copied link pasted into a new tab opens that event, with a way back to its place in the timeline', async ({
  page,
  context,
}) => {
  await page.goto('/timeline/');
  await page.locator('article#cpt-says-officer-killed copy-link button').click();
  const pasted = await context.newPage();
  await pasted.goto(await clipboard(page));
  await expect(pasted.getByRole('heading', { level: 1 })).toHaveText(/Transitional Presidential Council/);
  await pasted.getByRole('link', { name: 'See this event in the timeline' }).click();
  await expect(pasted.locator('article#cpt-says-officer-killed')).toBeInViewport();
  await expect(pasted.locator('article#cpt-says-officer-killed')).toBeFocused();
});

test('each copy control names what it copies', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.getByRole('button', { name: /^Copy link\W+PC Kaetuai is buried in Kajiado East$/ })).toHaveCount(1);
});

test('the timeline works from the keyboard alone', async ({ page }) => {
  await page.goto('/timeline/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Tab on to the first copy control and use it with the keyboard.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent?.startsWith('Copy link') ?? false);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(`${SITE}/timeline/the-mission/`);
});
