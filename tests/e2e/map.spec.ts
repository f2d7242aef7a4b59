import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { storyCountry } from '../../src/map/country-frames.ts';
import { baseMaps } from '../../src/map/geometry.ts';
import { locate, placeMap } from '../../src/map/places.ts';
import { buildStory } from '../../src/story/story.ts';
import { makeUrls } from '../../src/site/urls.ts';
import { contrast, measureMap, shared } from './map-measure.ts';
import { content } from './sites.ts';

// What the map must show, worked out from the content by the same rule the site uses, and checked against
// a plain reading of it: every place in Haiti with coordinates is drawn, every other place is only listed.
const drawn = content.places.filter((place) => typeof locate(place.data) !== 'string');
const listed = content.places.filter((place) => typeof locate(place.data) === 'string');
const eventsAt = (id: string) => content.events.filter((event) => event.data.place === id);
// A label is the whole text, case and all: "Haiti" the place must not match "HAITI" the country name.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string) => new RegExp(`^${escape(text)}$`);

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
  test.setTimeout(90_000);
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^Map of the places in Haiti/ });
  const labels = await figure.locator('text').evaluateAll((texts) =>
    texts.map((text) => {
      const lines = [...text.querySelectorAll('tspan:not(.note)')];
      return (lines.length > 0 ? lines : [text]).map((line) => line.textContent?.trim()).join(' ');
    }),
  );
  for (const place of drawn) {
    expect(labels, place.id).toContain(place.data.name);
    const events = eventsAt(place.id);
    const link = figure.getByRole('link', { name: new RegExp(`^${escape(place.data.name)}:`) });
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

test('places not drawn are listed beside the map with a count of their events, linking to the timeline', async ({
  page,
}) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^Map of the places in Haiti/ });
  for (const place of listed) {
    await expect(figure.locator('text', { hasText: exactly(place.data.name) })).toHaveCount(0);
    const entry = page.locator(`li#place-${place.id}`);
    await expect(entry).toContainText(place.data.name);
    const count = eventsAt(place.id).length;
    if (count === 0) await expect(entry).toContainText('No event on the timeline.');
    else {
      const link = entry.getByRole('link', { name: `${count} event${count === 1 ? '' : 's'} in the timeline` });
      await expect(link).toHaveAttribute('href', '/timeline/');
    }
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

test('/timeline/ shows no small maps (the front page map locates every place), event pages do', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('#map-outline')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /marked on a map of/ })).toHaveCount(0);
  expect(drawn.length).toBeGreaterThan(0);
  await page.goto('/timeline/kaetuai-killed/');
  await expect(page.getByRole('img', { name: 'Ségur-Savien marked on a map of Haiti' })).toBeVisible();
});

// The map as the site lays it out, to know which mark is each label's own.
const story = buildStory(content);
const { rings } = baseMaps().detail;
const model = placeMap(story.places, story.events, makeUrls('/'), { name: storyCountry().name, rings });
const panels = [model.main, ...(model.closeUp ? [model.closeUp] : [])];

for (const width of [320, 375, 1280]) {
  test(`at ${width} px every map label is 12 to 18 CSS px, clear of the others and of other places' marks`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const measured = await measureMap(page);
    expect(measured).toHaveLength(panels.length);
    const named = new Set<string>();
    for (const [i, panel] of measured.entries()) {
      const spots = panels[i]?.spots ?? [];
      for (const [j, text] of panel.texts.entries()) {
        const what = `${text.name} (${width} px)`;
        expect(text.px, what).toBeGreaterThanOrEqual(12);
        expect(text.px, what).toBeLessThanOrEqual(18);
        for (const height of text.lineHeights) expect(height, what).toBeGreaterThanOrEqual(12);
        for (const other of panel.texts.slice(j + 1))
          expect(shared(text.rect, other.rect), `${what} / ${other.name}`).toBe(0);
        const own = spots.find((spot) => spot.places.some((place) => place.name === text.name));
        if (own) named.add(text.name);
        for (const mark of panel.marks) {
          if (own && mark.at === own.point.join(',')) continue;
          expect(shared(text.rect, mark.rect), `${what} over the mark at ${mark.at}`).toBe(0);
        }
      }
    }
    expect([...named].sort()).toEqual(drawn.map((place) => place.data.name).sort());
  });
}

const SCHEMES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'light', forcedColors: 'active' },
] as const;

for (const scheme of SCHEMES) {
  test(`land and sea, marks and labels stand apart (${scheme.name})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme.colorScheme, forcedColors: scheme.forcedColors });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const figure = page.locator('figure.place-map');
      const colours = await figure.evaluate((el) => {
        const style = (selector: string, property: string) => {
          const found = el.querySelector(selector);
          if (!found) throw new Error(`No ${selector}`);
          return getComputedStyle(found).getPropertyValue(property);
        };
        return {
          sea: style('.pm > svg > g > .sea', 'fill'),
          land: style('.pm > svg > g > .land', 'fill'),
          coast: style('.pm > svg > g > .land', 'stroke'),
          pin: style('.pm a circle', 'fill'),
          link: style('.pm a text', 'fill'),
          ink: style('.pm > svg > g > text', 'fill'),
          halo: style('.pm a text', 'stroke'),
          area: style('.pm a .area', 'stroke'),
        };
      });
      const what = `${scheme.name}, ${width} px: ${JSON.stringify(colours)}`;
      // With forced colours land and sea are both the canvas, told apart by the coast drawn in text colour.
      if (scheme.forcedColors === 'none') expect(contrast(colours.land, colours.sea), what).toBeGreaterThanOrEqual(1.5);
      expect(contrast(colours.coast, colours.land), what).toBeGreaterThanOrEqual(
        scheme.forcedColors === 'none' ? 1.5 : 4.5,
      );
      for (const ground of [colours.land, colours.sea]) {
        expect(contrast(colours.pin, ground), what).toBeGreaterThanOrEqual(3);
        expect(contrast(colours.area, ground), what).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(colours.link, colours.halo), what).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.ink, colours.halo), what).toBeGreaterThanOrEqual(4.5);
      await testInfo.attach(`map, ${scheme.name}, ${width} px`, {
        body: await figure.screenshot(),
        contentType: 'image/png',
      });
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on / or on an event page with a locator map (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const path of ['/', '/timeline/ambush-officer-missing/']) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        path,
      ).toEqual([]);
    }
  });
}
