import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { countryFrames, mainBounds } from '../../../src/map/country-frames.ts';
import { inFrame, insetFrame, mainFrame, makeFrame, project, scaleBar, unitsPerKm } from '../../../src/map/frame.ts';

// Haiti's frames, as the real story's site settings (map.country: HT) derive them.
const HAITI = countryFrames('332');
if (!HAITI) throw new Error('the atlas draws no Haiti');
const HAITI_FRAME = HAITI.main;
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
    expect(haiti).toMatchObject({ width: 560, height: 455 });
    expect(makeFrame(HAITI.inset)).toMatchObject({ width: 132, height: 97 });
  });

  it('refuses a frame whose edges are the wrong way round', () => {
    expect(() => makeFrame({ ...HAITI_FRAME, west: -70 })).toThrow(/Not a map frame/);
  });
});

describe('frames from a country', () => {
  it("frames Haiti's outline, Tortuga to Île à Vache, with a tenth of its span round it, rounded out", () => {
    expect(HAITI.bounds.west).toBeCloseTo(-74.48, 1);
    expect(HAITI.bounds.north).toBeCloseTo(20.09, 1);
    expect(HAITI_FRAME).toEqual({ west: -74.8, east: -71.35, south: 17.75, north: 20.4, width: 560 });
  });

  it('puts the region round the country in the inset: the Caribbean for Haiti', () => {
    expect(HAITI.inset).toEqual({ west: -88, east: -59, south: 9, north: 29, width: 132 });
  });

  it('widens the inset for a larger country, and never past a third of the world', () => {
    const kenya = insetFrame({ west: 33.9, east: 41.9, south: -4.7, north: 5.5 });
    expect(kenya.east - kenya.west).toBe(51);
    const huge = insetFrame({ west: -125, east: -67, south: 24, north: 50 });
    expect(huge.east - huge.west).toBe(120);
  });

  it("leaves a country's far territories off its frame: France is framed without French Guiana", () => {
    const france = countryFrames('250');
    expect(france?.bounds.west).toBeGreaterThan(-6);
    expect(france?.bounds.south).toBeGreaterThan(41);
  });

  it('frames a country on another continent from its own outline', () => {
    const belgium = countryFrames('056');
    expect(belgium?.main).toEqual(mainFrame(belgium?.bounds ?? HAITI.bounds));
    expect(belgium?.main.west).toBeLessThan(2.53);
    expect(belgium?.main.east).toBeGreaterThan(6.36);
  });

  it('has no frames for a code the atlas does not draw, and no bounds for a shape without land', () => {
    expect(countryFrames('999')).toBeUndefined();
    expect(
      mainBounds({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }),
    ).toBeUndefined();
  });
});

describe('project', () => {
  it('lands Port-au-Prince (18.533 N, 72.333 W) at a known point, to a tenth of a unit', () => {
    expect(project(haiti, -72.333, 18.533)).toEqual([400.4, 321.4]);
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
