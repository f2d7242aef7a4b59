import { expect, test } from '@playwright/test';
import { locate } from '../../src/lib/map-places.ts';
import { content } from './sites.ts';

// What the map must show, worked out from the content by the same rule the site uses, and checked against
// a plain reading of it: every place in Haiti with coordinates is drawn, every other place is only listed.
const drawn = content.places.filter((place) => typeof locate(place.data) !== 'string');
const listed = content.places.filter((place) => typeof locate(place.data) === 'string');
const eventsAt = (id: string) => content.events.filter((event) => event.data.place === id);
// A label is the whole text, case and all: "Haiti" the place must not match "HAITI" the country name.
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test('the places in Haiti with coordinates are exactly the ones drawn', () => {
  const inHaiti = content.places.filter((p) => p.data.country === 'Haiti' && p.data.lat !== undefined);
  expect(drawn.map((p) => p.id).sort()).toEqual(inHaiti.map((p) => p.id).sort());
  expect(listed.map((p) => p.id)).toContain('nairobi');
});

test('the map on / has an accessible name and a description', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^Map of the places in Haiti/ });
  await expect(figure).toBeVisible();
  const image = figure.getByRole('img', { name: /^Map of the places in Haiti/ });
  await expect(image).toHaveAccessibleDescription(/^Haiti, with its neighbours shaded/);
  await expect(image.getByRole('link')).toHaveCount(0);
});

test('every place drawn is labelled, and a place with events links to them', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^Map of the places in Haiti/ });
  for (const place of drawn) {
    await expect(figure.locator('text', { hasText: exactly(place.data.name) })).toBeVisible();
    const events = eventsAt(place.id);
    const link = figure.getByRole('link', { name: new RegExp(`^${place.data.name}:`) });
    if (events.length === 0) {
      await expect(link).toHaveCount(0);
      continue;
    }
    await link.click();
    if (events.length === 1) {
      await expect(page).toHaveURL(new RegExp(`/timeline/#${events[0]?.id}$`));
      await expect(page.locator(`article#${events[0]?.id}`)).toBeInViewport();
      await page.goBack();
    } else {
      await expect(page).toHaveURL(new RegExp(`#place-${place.id}$`));
      const entry = page.locator(`li#place-${place.id}`);
      await expect(entry).toBeInViewport();
      for (const event of events) {
        await expect(entry.getByRole('link', { name: event.data.title })).toHaveAttribute(
          'href',
          `/timeline/#${event.id}`,
        );
      }
    }
  }
});

test('places not drawn are listed beside the map with their events', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^Map of the places in Haiti/ });
  for (const place of listed) {
    await expect(figure.locator('text', { hasText: exactly(place.data.name) })).toHaveCount(0);
    const entry = page.locator(`li#place-${place.id}`);
    await expect(entry).toContainText(place.data.name);
    for (const event of eventsAt(place.id))
      await expect(entry.getByRole('link', { name: event.data.title })).toBeVisible();
  }
});

test('the map markers are reached by Tab, one after another, with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  const names = drawn.filter((p) => eventsAt(p.id).length > 0).map((p) => p.data.name);
  // Start from the section's heading, as a reader arriving by its link would.
  await page.getByRole('heading', { name: 'Where it happened' }).evaluate((heading: HTMLElement) => {
    heading.tabIndex = -1;
    heading.focus();
  });
  const reached: string[] = [];
  while (reached.length < names.length) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveCount(1);
    expect(await focused.evaluate((el) => el.closest('figure')?.className)).toBe('place-map');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    reached.push((await focused.getAttribute('aria-label'))?.split(':')[0] ?? '');
  }
  expect(reached.sort()).toEqual(names.sort());
});

test('each event in Haiti shows a small map of where it happened, on /timeline/ and on its own page', async ({
  page,
}) => {
  await page.goto('/timeline/');
  await expect(page.locator('#map-outline')).toHaveCount(1);
  for (const event of content.events) {
    const place = content.places.find((p) => p.id === event.data.place);
    const name = `${place?.data.name} marked on a map of Haiti`;
    const onMap = drawn.some((p) => p.id === place?.id);
    await expect(page.locator(`article#${event.id}`).getByRole('img', { name }), event.id).toHaveCount(onMap ? 1 : 0);
  }
  await page.goto('/timeline/kaetuai-killed/');
  await expect(page.getByRole('img', { name: 'Ségur-Savien marked on a map of Haiti' })).toBeVisible();
});
