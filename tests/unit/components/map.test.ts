import { describe, expect, it } from 'vitest';
import EventLocator from '../../../src/components/map/EventLocator.astro';
import MapDefs from '../../../src/components/map/MapDefs.astro';
import StoryMap from '../../../src/components/map/StoryMap.astro';
import type { Place } from '../../../src/schemas/place.ts';
import { fixtureStory } from '../fixture-story.ts';
import { renderComponent } from './render.ts';

const story = fixtureStory();
const nairobi: Place = {
  name: 'Nairobi',
  kind: 'city',
  country: 'Kenya',
  lat: -1.283,
  lon: 36.817,
  precision: 'exact',
};
const places = [
  ...story.places,
  { id: 'nairobi', data: nairobi },
  { id: 'new-york', data: { name: 'New York', kind: 'city', country: 'United States' } satisfies Place },
];
const html = await renderComponent(StoryMap, { story: { places, events: story.events } });
const [imageGroup = ''] = html.match(/<g role="img"[\s\S]*?<\/g>(?=\s*<a )/) ?? [];

describe('StoryMap', () => {
  it('names the figure and the drawn map by the title, and describes both', () => {
    expect(html).toMatch(/<figure class="place-map" aria-labelledby="map-title" aria-describedby="map-desc">/);
    expect(html).toMatch(/<g role="img" aria-labelledby="map-title" aria-describedby="map-desc">/);
    expect(html).toMatch(/<strong id="map-title">Map of the places in Haiti[^<]*<\/strong>/);
    expect(html).toMatch(/<span id="map-desc">Haiti, with its neighbours shaded[^<]*Dots mark A Town\.[^<]*<\/span>/);
  });

  it('keeps links out of the image: the base map is role="img", the markers sit beside it', () => {
    expect(imageGroup).toContain('<path class="land" d="M');
    expect(imageGroup).not.toContain('<a ');
  });

  it('links a marker with several events to their list beside the map, and says an approximate place is so', () => {
    expect(html).toMatch(
      /<a href="#place-a-town" aria-label="A Town: 2 events"><circle[^>]*><\/circle><text[^>]*><tspan[^>]*>A Town<\/tspan><tspan class="note"[^>]*>\(approximate\)<\/tspan><\/text><\/a>/,
    );
    expect(html).toMatch(/<li id="place-a-town"><strong>A Town<\/strong>[\s\S]*?href="\/timeline\/#first-event"/);
  });

  it('lists, without drawing, places outside the map or without coordinates', () => {
    expect(html).not.toMatch(/<text[^>]*>Nairobi/);
    expect(html).toContain('<strong>Nairobi</strong> (Kenya; outside the map)');
    expect(html).toContain('<strong>New York</strong> (United States; no precise location)');
  });
});

describe('EventLocator', () => {
  const [town] = story.places;
  if (!town) throw new Error('the fixture needs a place');

  it('is a small named image of Haiti with the place marked, using the outline MapDefs provides', async () => {
    const locator = await renderComponent(EventLocator, { place: town.data });
    expect(locator).toMatch(
      /<svg class="locator" viewBox="0 0 560 432"[^>]* role="img" aria-label="A Town marked on a map of Haiti"/,
    );
    expect(locator).toContain('<use class="outline" href="#map-outline"></use>');
    expect(await renderComponent(MapDefs, {})).toMatch(/<g id="map-outline"><path fill="currentColor" d="M/);
  });

  it('draws the outline itself when asked to stand alone', async () => {
    const locator = await renderComponent(EventLocator, { place: town.data, inline: true });
    expect(locator).not.toContain('<use');
    expect(locator).toMatch(/<g class="outline"><path fill="currentColor" d="M/);
  });

  it('renders nothing for a place that is not on the map', async () => {
    expect((await renderComponent(EventLocator, { place: nairobi })).trim()).toBe('');
  });
});
