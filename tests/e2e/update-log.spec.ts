import { expect, test } from '@playwright/test';
import { FRONT_PAGE_CHANGES } from '../../src/story/what-changed.ts';
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

test('the front page lists the latest changes beyond its own notes, and /about/ lists every change, newest first', async ({
  page,
}) => {
  const entries = [...content.events, ...content.facts, ...content.sections, ...content.article];
  const total = entries.reduce((sum, entry) => sum + entry.data.log.length, 0);
  const notes = content.article.reduce((sum, a) => sum + a.data.log.filter((e) => e.quote !== undefined).length, 0);
  await page.goto('/');
  const front = page.getByRole('region', { name: 'What changed' });
  await expect(front.getByRole('listitem')).toHaveCount(Math.min(FRONT_PAGE_CHANGES, total - notes));
  // The article's notes are listed in full just above; the short list points elsewhere.
  await expect(front.locator('li a[href^="/#correction-"]')).toHaveCount(0);
  await front.getByRole('link', { name: `All ${total} changes, newest first` }).click();
  await expect(page).toHaveURL(/\/about\/#what-changed$/);
  const all = page.getByRole('region', { name: 'What changed' }).getByRole('listitem');
  await expect(all).toHaveCount(total);
  await expect(all.first().getByRole('link')).toHaveAttribute('href', '/#correction-1');
  await all.nth(11).getByRole('link').click();
  await expect(page).toHaveURL(/\/timeline\/[a-z0-9-]+\/#[a-z0-9-]+-update-\d+$/);
});

test('a corrected figure shows its note beside it on /facts/', async ({ page }) => {
  await page.goto('/facts/');
  await expect(page.locator('#kenyan-officers-update-1')).toContainText('Updated 9 December 2025:');
});
