/**
 * Natural Earth country shapes from the world-atlas package, read from
 * node_modules once per build and cut down to the countries a map shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Natural Earth's three scales: 1:10m (detailed) to 1:110m (coarse). */
export type AtlasScale = '10m' | '50m' | '110m';

/** The shape of world-atlas's countries files: one geometry per country, its id the ISO 3166 numeric code. */
export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const loaded = new Map<AtlasScale, Countries>();

/** world-atlas's countries at one scale, parsed once per process (the 10m file is 3.6 MB). */
export function loadCountries(scale: AtlasScale): Countries {
  const cached = loaded.get(scale);
  if (cached) return cached;
  // Resolved from the project root, not from this file: Astro bundles this module into its build folder,
  // which may be outside the project (astro build --outDir /tmp/...).
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = require.resolve(`world-atlas/countries-${scale}.json`);
  const countries = JSON.parse(readFileSync(file, 'utf8')) as Countries;
  loaded.set(scale, countries);
  return countries;
}

type Nested = number | Nested[];

function remap(indexes: Nested, map: (index: number) => number): Nested {
  return Array.isArray(indexes) ? indexes.map((inner) => remap(inner, map)) : map(indexes);
}

function arcIndexes(geometry: GeometryObject): Nested {
  return 'arcs' in geometry ? (geometry.arcs as Nested) : [];
}

/**
 * A topology holding only the geometries `keep` accepts and the arcs they use,
 * so that simplifying it takes milliseconds instead of a second for the world.
 * Shared borders stay shared, so neighbours still meet without gaps.
 */
export function subsetCountries(
  topology: Countries,
  keep: (geometry: GeometryObject<{ name: string }>) => boolean,
): Countries {
  const geometries = topology.objects.countries.geometries.filter(keep);
  const renumbered = new Map<number, number>();
  const arcs: Countries['arcs'] = [];
  // TopoJSON writes a reversed arc i as ~i (that is, -i - 1).
  const map = (index: number): number => {
    const arc = index < 0 ? ~index : index;
    let next = renumbered.get(arc);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(arc, next);
      const found = topology.arcs[arc];
      if (!found) throw new Error(`The topology has no arc ${arc}`);
      arcs.push(found);
    }
    return index < 0 ? ~next : next;
  };
  const kept = geometries.map((geometry) =>
    'arcs' in geometry ? ({ ...geometry, arcs: remap(arcIndexes(geometry), map) } as typeof geometry) : geometry,
  );
  return {
    ...topology,
    arcs,
    objects: { countries: { ...topology.objects.countries, geometries: kept } },
  };
}
