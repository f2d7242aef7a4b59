import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/check/check-content.ts';
import { factNumberProblems, factNumberWarnings } from '../../../../src/check/fact-numbers.ts';
import { placeCountryProblems, unknownCountryWarnings } from '../../../../src/check/place-country.ts';

const { content } = checkContent(join(import.meta.dirname, '../../../fixtures/valid'), '2026-06-01');
const [town] = content.places;
const [fact] = content.facts;
if (!town || !fact) throw new Error('fixture');
const place = (data: Partial<typeof town.data>) => ({ ...town, data: { ...town.data, ...data } });
const figure = (data: Partial<typeof fact.data>) => ({ ...fact, data: { ...fact.data, ...data } });

describe('places against the world map', () => {
  it('accepts places in the country they name, a coastal point just off the coast, and everyday names', () => {
    const places = [
      place({ country: 'Haiti', lat: 18.5392, lon: -72.335 }),
      place({ country: 'Haiti', lat: 19.1, lon: -72.75 }),
      place({ country: 'Kenya', lat: -1.2864, lon: 36.8172 }),
      place({ country: 'United States', lat: 38.9, lon: -77.04 }),
    ];
    expect(placeCountryProblems(places)).toEqual([]);
  });

  it('names the country a point is really in, and says when lat and lon look swapped', () => {
    expect(placeCountryProblems([place({ country: 'Kenya', lat: 19.1, lon: -72.6 })])[0]?.found).toBe(
      'lat 19.1, lon -72.6, a point in Haiti, not in Kenya',
    );
    expect(placeCountryProblems([place({ lat: -72.6, lon: 19.1 })])[0]?.expected).toMatch(/lat and lon look swapped$/);
  });

  it('folds case and accents to suggest the spelling, and warns about a country it does not know', () => {
    expect(placeCountryProblems([place({ country: 'haiti' })]).map((p) => p.expected)).toEqual([
      '"Haiti", spelt as the site spells it (the map and the place list match names exactly)',
    ]);
    expect(unknownCountryWarnings([place({ country: 'Atlantis' })]).map((p) => p.field)).toEqual(['country']);
    expect(unknownCountryWarnings([place({ country: 'Haiti' })])).toEqual([]);
  });
});

describe('figures that read wrong', () => {
  it('refuses a percentage under 1 and a placeholder unit, and accepts plain figures', () => {
    expect(factNumberProblems([fact])).toEqual([]);
    expect(factNumberProblems([figure({ value: 90, upTo: undefined, unit: '%' })])).toEqual([]);
    expect(factNumberProblems([figure({ value: 0.45, upTo: undefined, unit: '%' })])[0]?.expected).toBe(
      'the percentage itself: 45 for 45 %',
    );
    expect(factNumberProblems([figure({ unit: 'n/a' })]).map((p) => p.field)).toEqual(['unit']);
  });

  it('warns about a share with another unit and a share over 100 %', () => {
    expect(factNumberWarnings([fact])).toEqual([]);
    expect(factNumberWarnings([figure({ label: 'Share of the capital', unit: 'people' })]).map((p) => p.field)).toEqual(
      ['unit'],
    );
    expect(factNumberWarnings([figure({ value: 120, upTo: undefined, unit: '%' })]).map((p) => p.found)).toEqual([
      '120 %',
    ]);
  });
});
