/**
 * The story map's country, from content/site.yaml: its id in the atlas, its
 * name in the site's language and the frames its outline gives (the main map
 * and the locator inset). Read from Natural Earth 1:50m, the scale the content
 * check uses, so the check and the map agree on the frame to the last digit.
 */
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { countryByCode } from '../schemas/fields/country-code.ts';
import { countryName } from './country.ts';
import { INSET_WIDTH, insetFrame, MAIN_WIDTH, mainFrame, type Bounds, type FrameSpec } from './frame.ts';
import type { Site } from '../schemas/site.ts';
import { loadCountries } from './topology.ts';
import { SITE } from '../site/site.ts';

/** One country's frames, as map-frame derives them from its outline. */
export interface CountryFrames {
  /** The country's outline's extent: its largest land and the islands near it. */
  bounds: Bounds;
  main: FrameSpec;
  inset: FrameSpec;
}

// Land further than this from the largest part (overseas territories) is left off the frame.
const NEAR_DEGREES = 1;

const toBounds = ([[west, south], [east, north]]: [[number, number], [number, number]]): Bounds => ({
  west,
  east,
  south,
  north,
});

const near = (a: Bounds, b: Bounds) =>
  b.west <= a.east + NEAR_DEGREES &&
  b.east >= a.west - NEAR_DEGREES &&
  b.south <= a.north + NEAR_DEGREES &&
  b.north >= a.south - NEAR_DEGREES;

/** The extent of a country's largest part and of every part within a degree of it. */
export function mainBounds(shape: Feature): Bounds | undefined {
  const polygons: Position[][][] =
    shape.geometry.type === 'Polygon'
      ? [shape.geometry.coordinates]
      : shape.geometry.type === 'MultiPolygon'
        ? shape.geometry.coordinates
        : [];
  const parts = polygons
    .map((coordinates) => {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      return { area: geoArea(polygon), bounds: toBounds(geoBounds(polygon)) };
    })
    .sort((a, b) => b.area - a.area);
  const largest = parts[0]?.bounds;
  if (!largest) return undefined;
  return parts
    .map((part) => part.bounds)
    .filter((bounds) => near(largest, bounds))
    .reduce((all, b) => ({
      west: Math.min(all.west, b.west),
      east: Math.max(all.east, b.east),
      south: Math.min(all.south, b.south),
      north: Math.max(all.north, b.north),
    }));
}

const framesMemo = new Map<string, CountryFrames | undefined>();

/** The frames of the country with this ISO numeric code, or undefined when the atlas does not draw it. */
export function countryFrames(id: string): CountryFrames | undefined {
  if (framesMemo.has(id)) return framesMemo.get(id);
  const world = loadCountries('50m');
  const geometry = world.objects.countries.geometries.find((g) => g.id === id);
  const bounds = geometry ? mainBounds(feature(world, geometry) as Feature) : undefined;
  const frames = bounds && { bounds, main: mainFrame(bounds), inset: insetFrame(bounds) };
  framesMemo.set(id, frames);
  return frames;
}

/** The country's frames, with any the settings pin by hand in place of the derived ones. */
export function settingsFrames(id: string, map: Pick<Site['map'], 'frame' | 'insetFrame'>): CountryFrames | undefined {
  const derived = countryFrames(id);
  if (!derived) return undefined;
  return {
    bounds: derived.bounds,
    main: map.frame ? { ...map.frame, width: MAIN_WIDTH } : derived.main,
    inset: map.insetFrame ? { ...map.insetFrame, width: INSET_WIDTH } : derived.inset,
  };
}

/** The story map's country and the words round it, as the site settings give them. */
export interface StoryCountry extends CountryFrames {
  /** Its ISO 3166-1 numeric code, its geometry's id in world-atlas. */
  id: string;
  /** Its name in the site's language: "Haiti". */
  name: string;
  /** The map's title, from the settings. */
  title: string;
  /** Where the inset places it: "the Caribbean". */
  region: string;
}

let memo: StoryCountry | undefined;

/** The country of this build's story map. The content check has vetted the code; a throw here is a bug. */
export function storyCountry(): StoryCountry {
  if (memo) return memo;
  const code = countryByCode(String(SITE.map.country));
  const frames = code && settingsFrames(code.numeric, SITE.map);
  if (!code || !frames) throw new Error(`The world map does not draw the country "${SITE.map.country}"`);
  memo = {
    ...frames,
    id: code.numeric,
    name: countryName(code, SITE.language),
    title: SITE.map.title,
    region: SITE.map.region,
  };
  return memo;
}
