import { expect, test } from '@playwright/test';
import { content } from './sites.ts';

const logged = content.events.filter((event) => event.data.log.length > 0);

test('an event whose status changed says so on its own page, in words, with what it was before', async ({ page }) => {
  await page.goto('/timeline/search-continues/');
  const entry = page.locator('#search-continues-update-1');
  await expect(entry).toContainText('Updated 9 December 2025:');
  await expect(entry).toContainText('(previously reported, now confirmed.)');
  await expect(entry.getByRole('link', { name: 'Odri Media' })).toHaveAttribute('href', '/sources/#odri-kanja-search');
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', '2025-12-09');
});

test('the timeline gives each changed event one short line, linking to the full log on its page', async ({ page }) => {
  expect(logged.length).toBeGreaterThan(0);
  await page.goto('/timeline/');
  for (const event of logged) {
    const last = event.data.log.length;
    const line = page.locator(`article#${event.id} .updated-line`);
    await expect(line).toHaveCount(1);
    await expect(line.getByRole('link')).toHaveAttribute('href', `/timeline/${event.id}/#${event.id}-update-${last}`);
  }
  // Events that never changed carry no line.
  const unchanged = content.events.find((event) => event.data.log.length === 0);
  if (unchanged) await expect(page.locator(`article#${unchanged.id} .updated-line`)).toHaveCount(0);
});

test('the front page lists what changed, newest first, each linked to where it is shown', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: 'What changed' }).getByRole('listitem');
  const total = [...content.events, ...content.facts, ...content.sections, ...content.article].reduce(
    (sum, entry) => sum + entry.data.log.length,
    0,
  );
  await expect(list).toHaveCount(total);
  await expect(list.first().getByRole('link')).toHaveAttribute('href', '/#correction-1');
  await page.getByRole('region', { name: 'What changed' }).getByRole('link').nth(11).click();
  await expect(page).toHaveURL(/\/timeline\/[a-z0-9-]+\/#[a-z0-9-]+-update-\d+$/);
});

test('a corrected figure shows its note beside it on /facts/', async ({ page }) => {
  await page.goto('/facts/');
  await expect(page.locator('#kenyan-officers-update-1')).toContainText('Updated 9 December 2025:');
});
