import { expect, test, type Locator } from '@playwright/test';
import { FIXTURE_SITE } from './sites.ts';

/** The item is on screen, not hidden under anything at its top edge. */
async function expectInView(item: Locator): Promise<void> {
  await expect(item).toBeInViewport();
  const box = await item.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
}

const markedBackground = (item: Locator) => item.evaluate((el) => getComputedStyle(el).backgroundColor);

test('a link to an event lands on it, marks it and focuses it', async ({ page }) => {
  await page.goto('/timeline/#kaetuai-buried');
  const item = page.locator('article#kaetuai-buried');
  await expectInView(item);
  await expect(item).toBeFocused();
  const other = page.locator('article#kaetuai-killed');
  expect(await markedBackground(item)).not.toBe(await markedBackground(other));
});

test('a link to a section lands on it and marks its heading', async ({ page }) => {
  await page.goto('/timeline/#the-pont-sonde-ambush');
  const section = page.locator('section#the-pont-sonde-ambush');
  await expectInView(section.getByRole('heading', { level: 2 }));
  await expect(section).toBeFocused();
  const head = (id: string) =>
    page.locator(`section#${id} > .head`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await head('the-pont-sonde-ambush')).not.toBe(await head('the-mission'));
});

test('following an in-page link moves focus to the new target', async ({ page }) => {
  await page.goto('/timeline/');
  await page
    .getByRole('navigation', { name: 'Parts of the timeline' })
    .getByRole('link', { name: 'What happened next' })
    .click();
  await expect(page).toHaveURL(/#what-happened-next$/);
  await expect(page.locator('section#what-happened-next')).toBeFocused();
});

test('an old id listed in aliases still lands on the renamed event', async ({ page }) => {
  await page.goto(`${FIXTURE_SITE}/timeline/#old-first-event`);
  const item = page.locator('article#first-event');
  await expectInView(item);
  await expect(item).toBeFocused();
  await expect(page).toHaveURL(/#first-event$/);
  expect(await markedBackground(item)).not.toBe(await markedBackground(page.locator('article#second-event')));
});

test('a marker in the article leads to its note, which says the date and links to the event that settles it', async ({
  page,
}) => {
  await page.goto('/');
  // "Last month" is the ninth note's quote; the text as first published carries no links of its own.
  const marker = page.getByRole('link', { name: 'Clarification 9', exact: true });
  await expect(marker).toHaveAttribute('href', '#correction-9');
  await marker.click();
  await expect(page).toHaveURL(/#correction-9$/);
  const note = page.locator('#correction-9');
  await expect(note).toContainText('Sunday 23 February 2025.');
  await note.getByRole('link', { name: /23 February 2025/ }).click();
  await expect(page).toHaveURL(/\/timeline\/#kaetuai-killed$/);
  await expect(page.locator('article#kaetuai-killed')).toBeFocused();
});
