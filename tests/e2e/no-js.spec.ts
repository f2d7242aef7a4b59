import { expect, test } from '@playwright/test';
import { content } from './sites.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript every event is on the timeline and each copy control is a plain link', async ({ page }) => {
  await page.goto('/timeline/');
  for (const event of content.events)
    await expect(page.locator(`article#${event.id} h3`)).toContainText(event.data.title);
  const link = page.locator('article#kaetuai-killed copy-link a');
  await expect(link).toHaveAttribute('href', '#kaetuai-killed');
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(/#kaetuai-killed$/);
  await expect(page.locator('article#kaetuai-killed')).toBeInViewport();
});

test('without JavaScript a deep link still lands on and marks its event', async ({ page }) => {
  await page.goto('/timeline/#mss-statement-search');
  const item = page.locator('article#mss-statement-search');
  await expect(item).toBeInViewport();
  const bg = (id: string) => page.locator(`article#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg('mss-statement-search')).not.toBe(await bg('search-continues'));
});

test('without JavaScript the front page reads in full and its links work', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'The story as first published' })).toContainText('Kenya has deployed');
  await page
    .getByRole('region', { name: 'What we know' })
    .locator('a[href="/timeline/#ambush-officer-missing"]')
    .first()
    .click();
  await expect(page).toHaveURL(/\/timeline\/#ambush-officer-missing$/);
  await expect(page.locator('article#ambush-officer-missing')).toBeInViewport();
});
