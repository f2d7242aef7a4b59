import { describe, expect, it } from 'vitest';
import { checkPlaceCoordinates } from '../../../src/check/place-coordinates.ts';
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

describe('checkPlaceCoordinates', () => {
  it('accepts the real places in Haiti and ignores places elsewhere or without coordinates', () => {
    expect(
      checkPlaceCoordinates([
        place('pont-sonde', { lat: 19.149, lon: -72.617 }),
        place('nairobi', { country: 'Kenya', lat: -1.283, lon: 36.817 }),
        place('haiti', { kind: 'country' }),
      ]),
    ).toEqual([]);
  });

  it('names both fields, with their lines, when lat and lon are swapped', () => {
    const problems = checkPlaceCoordinates([place('swapped', { lat: -72.617, lon: 19.149 })]);
    expect(problems.map((p) => [p.field, p.found, p.line])).toEqual([
      ['lat', '-72.617', 5],
      ['lon', '19.149', 6],
    ]);
    expect(problems[0]?.expected).toMatch(/^a latitude between 17\.8 and 20\.35 for a place in Haiti/);
  });
});
