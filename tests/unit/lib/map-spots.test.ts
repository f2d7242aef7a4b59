import { describe, expect, it } from 'vitest';
import { countryFrames } from '../../../src/map/country-frames.ts';
import { makeFrame, project } from '../../../src/map/frame.ts';
import { closeUpFrame, crowdedGroup, insideBox, mergeSpots, spotsBox, type SpotPlace } from '../../../src/map/spots.ts';

const place = (
  id: string,
  x: number,
  y: number,
  precision: SpotPlace['precision'] = 'exact',
  radius = 6,
): SpotPlace => ({
  id,
  point: [x, y],
  radius,
  precision,
  events: [],
});

describe('mergeSpots', () => {
  it('gives places at the same point one mark, carrying both, in the order given', () => {
    const spots = mergeSpots([
      place('town', 10, 10, 'approximate'),
      place('road', 10, 10, 'approximate'),
      place('city', 50, 50),
    ]);
    expect(spots.map((s) => [s.id, s.places.map((p) => p.id)])).toEqual([
      ['town', ['town', 'road']],
      ['city', ['city']],
    ]);
  });

  it('keeps an area apart from a dot at its centre, and places a tenth of a unit apart as two', () => {
    const spots = mergeSpots([place('area', 10, 10, 'area', 30), place('dot', 10, 10), place('near', 10.1, 10)]);
    expect(spots.map((s) => [s.id, s.area])).toEqual([
      ['area', true],
      ['dot', false],
      ['near', false],
    ]);
  });
});

describe('crowdedGroup', () => {
  const spots = mergeSpots([
    place('a', 100, 100),
    place('b', 114, 95),
    place('c', 136, 98, 'area', 8),
    place('far', 400, 300),
    place('pair1', 300, 50),
    place('pair2', 310, 50),
  ]);

  it('is the largest chain of spots closer than the distance, edge to edge', () => {
    expect(crowdedGroup(spots, 30).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('is empty when no two spots are that close, and a merged pair is one spot, not a crowd', () => {
    expect(crowdedGroup(mergeSpots([place('x', 0, 0), place('y', 100, 0)]), 30)).toEqual([]);
    expect(crowdedGroup(mergeSpots([place('x', 0, 0), place('x-too', 0, 0)]), 30)).toEqual([]);
  });
});

describe('closeUpFrame', () => {
  const frame = makeFrame(
    countryFrames('332')?.main ?? { west: -74.8, east: -71.35, south: 17.75, north: 20.4, width: 560 },
  );
  const points = [
    ['saint-marc', -72.7, 19.117],
    ['pont-sonde', -72.617, 19.149],
  ] as const;
  const spots = mergeSpots(points.map(([id, lon, lat]) => ({ ...place(id, 0, 0), point: project(frame, lon, lat) })));
  const { extent, spec } = closeUpFrame(spots, frame.projection, { width: 560, height: 400, padding: 2 });

  it('has the close-up’s proportions and holds the group, with room round it', () => {
    expect(extent.height / extent.width).toBeCloseTo(400 / 560, 2);
    const box = spotsBox(spots);
    expect(extent.width).toBeCloseTo(2 * Math.max(box.width, (box.height * 560) / 400), 0);
    for (const spot of spots) expect(insideBox(spot.point, extent)).toBe(true);
  });

  it('frames the same places on the earth, drawn at the close-up’s width', () => {
    expect(spec.width).toBe(560);
    for (const [, lon, lat] of points) {
      expect(lon > spec.west && lon < spec.east && lat > spec.south && lat < spec.north).toBe(true);
    }
    const close = makeFrame(spec);
    expect(close.height).toBeGreaterThan(395);
    expect(close.height).toBeLessThan(405);
  });
});
