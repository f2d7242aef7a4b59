import { describe, expect, it } from 'vitest';
import { checkPlaceCoordinates, mapCountryProblems } from '../../../src/check/place-coordinates.ts';
import type { Site } from '../../../src/schemas/site.ts';
import type { ValidContent } from '../../../src/content/validate-content.ts';
import type { Place } from '../../../src/schemas/place.ts';

const place = (id: string, data: Partial<Place>): ValidContent['places'][number] => ({
  id,
  file: `content/places/${id}.yaml`,
  data: { name: id, kind: 'town', country: 'Haiti', precision: 'exact', ...data },
  body: '',
  bodyLine: 1,
  lineOf: (path) => (path[0] === 'lat' ? 5 : 6),
});

const site = (country: string | number, language = 'en') => ({ language, map: { country } });
const HAITI = site('HT');

describe('checkPlaceCoordinates', () => {
  it('accepts the real places in Haiti and ignores places elsewhere or without coordinates', () => {
    expect(
      checkPlaceCoordinates(
        [
          place('pont-sonde', { lat: 19.149, lon: -72.617 }),
          place('nairobi', { country: 'Kenya', lat: -1.283, lon: 36.817 }),
          place('haiti', { kind: 'country' }),
        ],
        HAITI,
      ),
    ).toEqual([]);
  });

  it('names both fields, with their lines, when lat and lon are swapped', () => {
    const problems = checkPlaceCoordinates([place('swapped', { lat: -72.617, lon: 19.149 })], HAITI);
    expect(problems.map((p) => [p.field, p.found, p.line])).toEqual([
      ['lat', '-72.617', 5],
      ['lon', '19.149', 6],
    ]);
    expect(problems[0]?.expected).toMatch(/^a latitude between 17\.75 and 20\.4 for a place in Haiti/);
  });
});

describe('checkPlaceCoordinates, for any country the map draws', () => {
  it("matches the place's country to the map's without regard to case or accents", () => {
    for (const country of ['Haïti', 'haiti', 'HAITI']) {
      expect(checkPlaceCoordinates([place('p', { country, lat: 19.1, lon: 72.6 })], HAITI).map((p) => p.field)).toEqual(
        ['lon'],
      );
    }
  });

  it('takes the code in any of its three forms', () => {
    for (const code of ['HT', 'hti', '332', 332]) {
      expect(checkPlaceCoordinates([place('p', { lat: 19.1, lon: 72.6 })], site(code))).toHaveLength(1);
    }
  });

  it("checks against another story's country and frame: Belgium", () => {
    const belgium = site('BE');
    const brussels = place('b', { country: 'Belgium', lat: 50.85, lon: 4.35 });
    expect(checkPlaceCoordinates([brussels], belgium)).toEqual([]);
    const [problem] = checkPlaceCoordinates([place('b', { country: 'belgium', lat: 50.85, lon: -4.35 })], belgium);
    expect(problem?.expected).toMatch(/^a longitude between 2\.\d+ and 6\.\d+ for a place in Belgium/);
    // A place in Haiti is not Belgium's to frame.
    expect(checkPlaceCoordinates([place('p', { lat: 19.1, lon: 72.6 })], belgium)).toEqual([]);
  });

  it("names the country in the site's language", () => {
    const [problem] = checkPlaceCoordinates(
      [place('p', { country: 'Belgique', lat: 50.85, lon: -4.35 })],
      site('BE', 'fr'),
    );
    expect(problem?.expected).toMatch(/for a place in Belgique/);
  });
});

describe('mapCountryProblems', () => {
  const settings = (country: string): Site => ({
    name: 'A test site',
    language: 'en',
    timelineDescription: 'A test.',
    map: { country, title: 'A test map', region: 'a test region' },
  });

  it('accepts a country the atlas draws', () => {
    expect(mapCountryProblems(settings('KE'), () => 5)).toEqual([]);
  });

  it('names a real country the atlas does not draw, with the line of map.country', () => {
    // Gibraltar has an ISO code but no shape at Natural Earth's 1:50m.
    expect(mapCountryProblems(settings('GI'), () => 5)).toEqual([
      {
        file: 'content/site.yaml',
        field: 'map.country',
        found: '"GI" (Gibraltar), a country the world map does not draw',
        expected: 'the code of a country the world map (Natural Earth, via world-atlas) draws',
        line: 5,
      },
    ]);
  });
});

describe('checkPlaceCoordinates, with a frame the settings pin', () => {
  it('judges places against the pinned frame, not the derived one', () => {
    const pinned = {
      language: 'en',
      map: { country: 'HT', frame: { west: -74.6, east: -71.1, south: 17.8, north: 20.35 } },
    };
    const [problem] = checkPlaceCoordinates([place('p', { lat: 19.1, lon: 72.6 })], pinned);
    expect(problem?.expected).toMatch(/^a longitude between -74\.6 and -71\.1 for a place in Haiti/);
    // -71.2 lies inside the pinned frame and outside the derived one (east edge -71.35).
    expect(checkPlaceCoordinates([place('p', { lat: 19.1, lon: -71.2 })], pinned)).toEqual([]);
    expect(checkPlaceCoordinates([place('p', { lat: 19.1, lon: -71.2 })], HAITI)).toHaveLength(1);
  });
});
