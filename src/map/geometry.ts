/**
 * The drawn base maps as SVG path data: the story's country and its neighbours
 * for the story map and the small per-event maps, and its region for the inset.
 * Made from world-atlas once per build (a module-level memo), simplified so
 * the front page carries a couple of KB of geometry, not megabytes.
 */
import type { GeoProjection } from 'd3-geo';
import type { Feature, Position } from 'geojson';
import { feature } from 'topojson-client';
import { filter, filterWeight, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { makeFrame, project, type Box, type Frame, type FrameSpec } from './frame.ts';
import { storyCountry } from './country-frames.ts';
import type { Ring } from './area-label.ts';
import { compactPathData, projectedRings } from './path.ts';
import { loadCountries, subsetCountries, type AtlasScale, type Countries } from './topology.ts';

/** The id of the outline MapDefs puts once on a page for every small map to `<use>`. */
export const OUTLINE_ID = 'map-outline';

/** One frame's shapes, as SVG path data in the frame's units. */
export interface FrameShapes {
  width: number;
  height: number;
  /** The story's country, all its kept islands in one path. */
  country: string;
  /** Every other country in the frame, shaded as neighbours. */
  neighbours: string;
  /** The story's country's outline as drawn, for finding room for its name. */
  rings: Ring[];
}

/** Everything the maps draw from Natural Earth. */
export interface BaseMaps {
  /** The story map: the country in detail. */
  detail: FrameShapes;
  /** The same frame drawn coarsely, for maps a few dozen pixels wide. */
  outline: FrameShapes;
  /** The region round the country, with where the story map's frame lies in it. */
  inset: FrameShapes & { frame: Box };
}

/** How hard to simplify: drop bends and islands smaller than these areas, in square units of the drawn frame. */
interface Simplification {
  scale: AtlasScale;
  minBend: number;
  minIsland: number;
  decimals: number;
}

// Tuned by eye and by bytes on the real story's map: it keeps the larger islands off a coast, not the smallest.
const DETAIL: Simplification = { scale: '10m', minBend: 2, minIsland: 300, decimals: 0 };
const OUTLINE: Simplification = { scale: '10m', minBend: 40, minIsland: 1500, decimals: 0 };
const INSET: Simplification = { scale: '110m', minBend: 0.6, minIsland: 1.5, decimals: 0 };
// The close-up is some eight times larger than the detail map, where 10m's vertices stand about 10 units apart.
const CLOSE_UP: Simplification = { scale: '10m', minBend: 4, minIsland: 200, decimals: 0 };

/** A country of the atlas with every point of its outline and their bounds, in degrees. */
interface Outline {
  id: Feature['id'];
  positions: Position[];
  west: number;
  east: number;
  south: number;
  north: number;
}

const outlines = new Map<AtlasScale, Outline[]>();

/** The atlas's countries as outlines, worked out once per scale: each frame of a build asks again. */
function outlinesOf(scale: AtlasScale): Outline[] {
  const known = outlines.get(scale);
  if (known) return known;
  const world = loadCountries(scale);
  const made = feature(world, world.objects.countries).features.map((country): Outline => {
    const positions: Position[] =
      country.geometry.type === 'Polygon'
        ? country.geometry.coordinates.flat()
        : country.geometry.type === 'MultiPolygon'
          ? country.geometry.coordinates.flat(2)
          : [];
    const bounds = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
    for (const [lon = NaN, lat = NaN] of positions) {
      bounds.west = Math.min(bounds.west, lon);
      bounds.east = Math.max(bounds.east, lon);
      bounds.south = Math.min(bounds.south, lat);
      bounds.north = Math.max(bounds.north, lat);
    }
    return { id: country.id, positions, ...bounds };
  });
  outlines.set(scale, made);
  return made;
}

/** Whether a country's outline comes near a frame: a point of it within a degree of the frame. Planar
 * bounds: a country across the antimeridian only looks wider than it is, which costs a little
 * simplifying, never a missing neighbour. Bounds first, so far countries cost one comparison. */
function nearFrame(spec: FrameSpec, country: Outline): boolean {
  const [west, east, south, north] = [spec.west - 1, spec.east + 1, spec.south - 1, spec.north + 1];
  if (country.east < west || country.west > east || country.north < south || country.south > north) return false;
  return country.positions.some(([lon = NaN, lat = NaN]) => lon >= west && lon <= east && lat >= south && lat <= north);
}

const projected = (projection: GeoProjection) => (point: [number, number]) =>
  (projection(point) ?? point) as [number, number];

/** The countries of a frame, simplified by area in the frame's own units, then drawn as path data. */
function drawFrame(frame: Frame, how: Simplification): FrameShapes {
  const { id: countryId } = storyCountry();
  const world = loadCountries(how.scale);
  const near = new Set(
    outlinesOf(how.scale)
      .filter((country) => nearFrame(frame.spec, country))
      .map((country) => country.id),
  );
  const subset: Countries = subsetCountries(world, (geometry) => geometry.id === countryId || near.has(geometry.id));
  const toUnits = projected(frame.projection);
  const weighed = presimplify(subset, (triangle) => planarTriangleArea(triangle.map(toUnits) as typeof triangle));
  const simplified = simplify(weighed, how.minBend);
  const kept = filter(
    simplified,
    filterWeight(simplified, how.minIsland, (ring) => planarRingArea(ring.map(toUnits))),
  ) as Countries;
  const clipped = frame.projection.clipExtent([
    [-2, -2],
    [frame.width + 2, frame.height + 2],
  ]);
  const countries = (keep: (id: unknown) => boolean) =>
    feature(kept, {
      type: 'GeometryCollection',
      geometries: kept.objects.countries.geometries.filter((g) => keep(g.id)),
    });
  return {
    width: frame.width,
    height: frame.height,
    country: compactPathData(
      clipped,
      countries((id) => id === countryId),
      how.decimals,
    ),
    neighbours: compactPathData(
      clipped,
      countries((id) => id !== countryId),
      how.decimals,
    ),
    rings: projectedRings(
      clipped,
      countries((id) => id === countryId),
    ),
  };
}

let memo: BaseMaps | undefined;
const tenth = (n: number) => Math.round(n * 10) / 10;

/** The base maps, drawn on first use and kept for the rest of the build. */
export function baseMaps(): BaseMaps {
  if (memo) return memo;
  const country = storyCountry();
  const inset = makeFrame(country.inset);
  const [x0, y0] = project(inset, country.main.west, country.main.north);
  const [x1, y1] = project(inset, country.main.east, country.main.south);
  memo = {
    detail: drawFrame(makeFrame(country.main), DETAIL),
    outline: drawFrame(makeFrame(country.main), OUTLINE),
    inset: { ...drawFrame(inset, INSET), frame: { x: x0, y: y0, width: tenth(x1 - x0), height: tenth(y1 - y0) } },
  };
  return memo;
}

const closeUps = new Map<string, FrameShapes>();

/** The shapes of a close-up's frame, drawn on first use and kept for the rest of the build. */
export function closeUpMap(spec: FrameSpec): FrameShapes {
  const key = JSON.stringify(spec);
  const cached = closeUps.get(key);
  if (cached) return cached;
  const shapes = drawFrame(makeFrame(spec), CLOSE_UP);
  closeUps.set(key, shapes);
  return shapes;
}
