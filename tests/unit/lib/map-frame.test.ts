import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import {
  CARIBBEAN_FRAME,
  HAITI_FRAME,
  inFrame,
  makeFrame,
  project,
  scaleBar,
  unitsPerKm,
} from '../../../src/map/frame.ts';

const haiti = makeFrame(HAITI_FRAME);
const places = checkContent(join(import.meta.dirname, '../../..')).content.places;

describe('makeFrame', () => {
  it('puts the north-west corner at the origin and the south-east corner at the frame size', () => {
    expect(project(haiti, HAITI_FRAME.west, HAITI_FRAME.north)).toEqual([0, 0]);
    const [x, y] = project(haiti, HAITI_FRAME.east, HAITI_FRAME.south);
    expect(x).toBe(HAITI_FRAME.width);
    expect(Math.abs(y - haiti.height)).toBeLessThanOrEqual(0.5);
  });

  it('derives the height from the area shown, so shapes keep their proportions', () => {
    expect(haiti).toMatchObject({ width: 560, height: 432 });
    expect(makeFrame(CARIBBEAN_FRAME)).toMatchObject({ width: 132, height: 91 });
  });

  it('refuses a frame whose edges are the wrong way round', () => {
    expect(() => makeFrame({ ...HAITI_FRAME, west: -70 })).toThrow(/Not a map frame/);
  });
});

describe('project', () => {
  it('lands Port-au-Prince (18.533 N, 72.333 W) at a known point, to a tenth of a unit', () => {
    expect(project(haiti, -72.333, 18.533)).toEqual([362.7, 308.3]);
  });

  it('keeps west to the left and north up', () => {
    const [pontSondeX, pontSondeY] = project(haiti, -72.617, 19.149);
    const [capitalX, capitalY] = project(haiti, -72.333, 18.533);
    expect(pontSondeX).toBeLessThan(capitalX);
    expect(pontSondeY).toBeLessThan(capitalY);
  });
});

describe('inFrame', () => {
  it.each(places.filter((p) => p.data.country === 'Haiti' && p.data.lat !== undefined).map((p) => [p.id, p.data]))(
    'holds %s, a place in Haiti with coordinates',
    (_id, place) => {
      expect(inFrame(haiti, project(haiti, place.lon ?? NaN, place.lat ?? NaN), 10)).toBe(true);
    },
  );

  it('leaves out a place outside Haiti, such as Nairobi', () => {
    expect(inFrame(haiti, project(haiti, 36.817, -1.283))).toBe(false);
  });

  it('counts the edges as inside, and a margin as outside', () => {
    expect(inFrame(haiti, [0, haiti.height])).toBe(true);
    expect(inFrame(haiti, [5, 100], 6)).toBe(false);
  });
});

describe('unitsPerKm', () => {
  it('agrees with a degree of latitude being about 111 km', () => {
    const [, north] = project(haiti, -72.5, 19.5);
    const [, south] = project(haiti, -72.5, 18.5);
    expect((south - north) / unitsPerKm(haiti)).toBeGreaterThan(111 * 0.98);
    expect((south - north) / unitsPerKm(haiti)).toBeLessThan(111 * 1.02);
  });
});

describe('scaleBar', () => {
  it.each([
    [1.5, 120, 50, 75],
    [1.5, 60, 25, 37.5],
    [0.01, 5, 500, 5],
    [10, 5, 1, 10],
  ])('at %f units a km and %f units of room shows %i km (the shortest when none fits)', (perKm, room, km, units) => {
    expect(scaleBar(perKm, room)).toEqual({ km, units });
  });
});
