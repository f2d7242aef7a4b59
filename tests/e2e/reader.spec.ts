import { expect, test } from '@playwright/test';
import { HEADLINE_FACTS } from '../../src/story/key-facts.ts';
import { content } from './sites.ts';

test('the front page shows at most four key figures, none of them a link', async ({ page }) => {
  await page.goto('/');
  const figures = page.getByRole('region', { name: 'Key figures' }).getByRole('listitem');
  expect(await figures.count()).toBeLessThanOrEqual(HEADLINE_FACTS);
  expect(await figures.count()).toBeGreaterThan(0);
  await expect(figures.getByRole('link')).toHaveCount(0);
});

for (const width of [320, 375, 1280]) {
  test(`at ${width} px no figure's unit wraps away from its number`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/facts/']) {
      await page.goto(path);
      const numbers = page.locator('.figure .number');
      expect(await numbers.count(), path).toBeGreaterThan(0);
      for (const number of await numbers.all()) {
        // One line box: the number and its unit share a line.
        const lines = await number.evaluate((el) => el.getClientRects().length);
        expect(lines, `${path}: ${await number.innerText()}`).toBe(1);
        const box = await number.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0), `${path}: ${await number.innerText()}`).toBeLessThanOrEqual(width);
      }
    }
  });
}

test('every event heading on /timeline/ is announced with its date', async ({ page }) => {
  await page.goto('/timeline/');
  const headings = page.locator('article.event').getByRole('heading', { level: 3 });
  await expect(headings).toHaveCount(content.events.length);
  for (const heading of await headings.all()) {
    await expect(heading).toHaveAccessibleName(/^(about )?(\d{1,2} )?[A-Z][a-z]+ \d{4} ?: \S/);
  }
});

test('without script each event shows its summary and status, and leads to its full account', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  const event = content.events.find((e) => e.id === 'kaetuai-killed');
  if (!event) throw new Error('content has no kaetuai-killed event');
  const item = page.locator('article#kaetuai-killed');
  await expect(item.getByText(event.data.summary, { exact: true })).toBeVisible();
  await expect(item.getByText(/^Status:/)).toBeVisible();
  await item.getByRole('link', { name: event.data.title, exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/kaetuai-killed\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.data.title);
  await context.close();
});

test('the timeline stays compact at 1280 px: each event about a third of a screen or less', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/timeline/');
  const heights = await page.locator('article.event').evaluateAll((items) => items.map((el) => el.clientHeight));
  const average = heights.reduce((sum, h) => sum + h, 0) / heights.length;
  // The page was 363 px per event before the redesign; a scannable timeline needs about half that.
  expect(average).toBeLessThan(200);
});

test('on a 375 px phone the front page answers where the story stands in its first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(page.locator('.story-head .dek')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.stands').getByText(/^Updated \d/)).toBeInViewport();
});

test('status words are quiet for confirmed events and framed for the others, in forced colours too', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/timeline/');
  const frame = (id: string) =>
    page.locator(`article#${id} .event-status`).evaluate((el) => getComputedStyle(el).borderLeftStyle);
  const reported = content.events.find((e) => e.data.status === 'reported');
  const confirmed = content.events.find((e) => e.data.status === 'confirmed');
  if (!reported || !confirmed) throw new Error('content needs a reported and a confirmed event');
  expect(await frame(reported.id)).not.toBe('none');
  expect(await frame(confirmed.id)).toBe('none');
});
