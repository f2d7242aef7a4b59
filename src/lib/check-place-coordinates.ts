/**
 * A place in Haiti must land on the story map. A sign slip (72.6 for -72.6) or
 * swapped lat and lon would otherwise quietly move it to "not on the map".
 */
import { HAITI_FRAME } from './map-frame.ts';
import type { Problem } from './problem.ts';
import type { ValidContent } from './validate-content.ts';

const range = (low: number, high: number) => `between ${low} and ${high}`;

/** Problems for every place in Haiti whose lat or lon falls outside the map of Haiti. */
export function checkPlaceCoordinates(places: ValidContent['places']): Problem[] {
  const { west, east, south, north } = HAITI_FRAME;
  const problems: Problem[] = [];
  for (const place of places) {
    const { country, lat, lon } = place.data;
    if (country !== 'Haiti' || lat === undefined || lon === undefined) continue;
    const hint =
      'for a place in Haiti (north positive, west negative); check the source, or that lat and lon are not swapped';
    if (lat < south || lat > north) {
      problems.push({
        file: place.file,
        field: 'lat',
        found: String(lat),
        expected: `a latitude ${range(south, north)} ${hint}`,
        line: place.lineOf(['lat']),
      });
    }
    if (lon < west || lon > east) {
      problems.push({
        file: place.file,
        field: 'lon',
        found: String(lon),
        expected: `a longitude ${range(west, east)} ${hint}`,
        line: place.lineOf(['lon']),
      });
    }
  }
  return problems;
}
