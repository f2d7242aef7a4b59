/**
 * A place's country, against the world map: the name must be one the map
 * knows (its own or any English name i18n-iso-countries gives the country),
 * matched without regard to case or accents ("haïti" is Haiti, and the
 * spelling is pointed out, since the place list shows it as written),
 * and coordinates must fall in that country, not in a neighbour or another
 * continent. Natural Earth 1:50m (world-atlas): parsing the 1:10m file alone
 * takes a fifth of a second, and 50m is within a few kilometres, well inside
 * the 15 km a point may sit off a coast. Converted only for the countries asked about.
 */
import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { englishNames } from '../map/country.ts';
import { loadCountries, type Countries } from '../map/topology.ts';
import type { Problem } from '../content/problem.ts';
import type { ValidContent } from '../content/validate-content.ts';

/** A name folded for comparison: no accents, no case, single spaces. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Atlas {
  topology: Countries;
  /** Written names (the atlas's and the English ones) to the atlas's geometry. */
  byName: Map<string, GeometryObject<{ name: string }>>;
  /** Folded names to the written name to suggest. */
  byFolded: Map<string, string>;
  /** The atlas's own names, one per shape, for naming where a point falls. */
  atlasNames: Set<string>;
  shapes: Map<string, Feature>;
}

let atlas: Atlas | undefined;

function loadAtlas(): Atlas {
  if (atlas) return atlas;
  const topology = loadCountries('50m');
  const byName = new Map<string, GeometryObject<{ name: string }>>();
  for (const geometry of topology.objects.countries.geometries) {
    const name = (geometry.properties as { name?: string } | undefined)?.name;
    if (name) byName.set(name, geometry);
  }
  const atlasNames = new Set(byName.keys());
  for (const geometry of topology.objects.countries.geometries) {
    // The library's names ("Dominican Republic", "USA") beside the atlas's abbreviations ("Dominican Rep.").
    if (typeof geometry.id !== 'string') continue;
    for (const name of englishNames(geometry.id)) if (!byName.has(name)) byName.set(name, geometry);
  }
  const byFolded = new Map([...byName.keys()].map((name) => [foldName(name), name]));
  atlas = { topology, byName, byFolded, atlasNames, shapes: new Map() };
  return atlas;
}

function shapeOf(map: Atlas, name: string): Feature | undefined {
  const cached = map.shapes.get(name);
  if (cached) return cached;
  const geometry = map.byName.get(name);
  if (!geometry) return undefined;
  const shape = feature(map.topology, geometry) as Feature;
  map.shapes.set(name, shape);
  return shape;
}

// About 15 km each way: a harbour or a coastal town's point may sit just off the atlas's coastline.
const NEAR = 0.15;

function inOrNear(shape: Feature, lon: number, lat: number): boolean {
  for (const dx of [0, -NEAR, NEAR]) {
    for (const dy of [0, -NEAR, NEAR]) if (geoContains(shape, [lon + dx, lat + dy])) return true;
  }
  return false;
}

function countryAt(map: Atlas, lon: number, lat: number): string | undefined {
  for (const name of map.atlasNames) {
    const shape = shapeOf(map, name);
    if (shape && geoContains(shape, [lon, lat])) return name;
  }
  return undefined;
}

/** Problems with each place's country name and whether its coordinates lie in it; `skip`: files whose coordinates are already reported. */
export function placeCountryProblems(places: ValidContent['places'], skip: ReadonlySet<string> = new Set()): Problem[] {
  if (places.length === 0) return [];
  const map = loadAtlas();
  return places.flatMap((place): Problem[] => {
    const { country, lat, lon } = place.data;
    const problems: Problem[] = [];
    const name = map.byName.has(country) ? country : map.byFolded.get(foldName(country));
    if (!name) return [];
    if (name !== country) {
      problems.push({
        file: place.file,
        field: 'country',
        found: JSON.stringify(country),
        expected: `"${name}", spelt as the site spells it (the map and the place list match names exactly)`,
        line: place.lineOf(['country']),
      });
    }
    if (lat === undefined || lon === undefined || skip.has(place.file)) return problems;
    const shape = shapeOf(map, name);
    if (!shape || inOrNear(shape, lon, lat)) return problems;
    const elsewhere = countryAt(map, lon, lat);
    const swapped = inOrNear(shape, lat, lon) ? '; lat and lon look swapped' : '';
    problems.push({
      file: place.file,
      field: 'lat',
      found: `lat ${lat}, lon ${lon}, a point ${elsewhere ? `in ${elsewhere}` : 'in the sea'}, not in ${name}`,
      expected: `coordinates in ${name}, from a source that gives them: check the signs (south and west are negative)${swapped}`,
      line: place.lineOf(['lat']),
    });
    return problems;
  });
}

/** Countries the map does not know at all, as warnings: their places' coordinates go unchecked. */
export function unknownCountryWarnings(places: ValidContent['places']): Problem[] {
  if (places.length === 0) return [];
  const map = loadAtlas();
  return places
    .filter((place) => !map.byName.has(place.data.country) && !map.byFolded.has(foldName(place.data.country)))
    .map((place) => ({
      file: place.file,
      field: 'country',
      found: `${JSON.stringify(place.data.country)}, a country the world map does not know`,
      expected: `the country's name in English, as the ISO 3166 list or the world map writes it ("Côte d'Ivoire", "United States"), so its coordinates can be checked`,
      line: place.lineOf(['country']),
    }));
}
