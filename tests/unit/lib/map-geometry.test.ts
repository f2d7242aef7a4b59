import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { baseMaps } from '../../../src/map/geometry.ts';
import { loadCountries, subsetCountries } from '../../../src/map/topology.ts';

// The real story's map country (content/site.yaml: HT) and its neighbour.
const HAITI_ID = '332';
const DOMINICAN_REPUBLIC_ID = '214';
const maps = baseMaps();
const subpaths = (d: string) => d.split('M').length - 1;

describe('baseMaps', () => {
  it('draws once per build and hands back the same shapes after', () => {
    expect(baseMaps()).toBe(maps);
  });

  it('keeps the front page light: a few KB of path data, a few hundred bytes for the small maps', () => {
    expect(maps.detail.country.length + maps.detail.neighbours.length).toBeLessThan(5000);
    expect(maps.inset.country.length + maps.inset.neighbours.length).toBeLessThan(2000);
    expect(maps.outline.country.length + maps.outline.neighbours.length).toBeLessThan(1000);
  });

  it("keeps Haiti's mainland, Gonâve and Tortuga, and drops the smaller islands", () => {
    expect(subpaths(maps.detail.country)).toBe(3);
  });

  it('clips every shape to the frame, give or take the two units that hide the coast at its edges', () => {
    {
      const points = maps.detail.rings.flat();
      expect(points.length).toBeGreaterThan(10);
      for (const [x, y] of points) {
        expect(x >= -2 && x <= maps.detail.width + 2 && y >= -2 && y <= maps.detail.height + 2).toBe(true);
      }
    }
  });

  it("outlines the story map's frame inside the inset", () => {
    const { frame, width, height } = maps.inset;
    expect(frame.x).toBeGreaterThan(0);
    expect(frame.y).toBeGreaterThan(0);
    expect(frame.x + frame.width).toBeLessThan(width);
    expect(frame.y + frame.height).toBeLessThan(height);
  });
});

describe('subsetCountries', () => {
  const world = loadCountries('110m');
  const subset = subsetCountries(world, (g) => g.id === HAITI_ID || g.id === DOMINICAN_REPUBLIC_ID);

  it('keeps only the chosen countries and the arcs they use', () => {
    expect(subset.objects.countries.geometries.map((g) => g.id).sort()).toEqual([DOMINICAN_REPUBLIC_ID, HAITI_ID]);
    expect(subset.arcs.length).toBeLessThan(10);
  });

  it('renumbers arcs, reversed ones included, so each country keeps its exact outline', () => {
    for (const id of [HAITI_ID, DOMINICAN_REPUBLIC_ID]) {
      const outline = (t: typeof world) => {
        const geometry = t.objects.countries.geometries.find((g) => g.id === id);
        if (!geometry) throw new Error(`no country ${id}`);
        const drawn = feature(t, geometry);
        return 'geometry' in drawn ? drawn.geometry : drawn;
      };
      expect(outline(subset), id).toEqual(outline(world));
    }
  });
});
