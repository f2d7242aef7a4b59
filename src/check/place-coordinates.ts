/**
 * A place in Haiti must land on the story map. A sign slip (72.6 for -72.6) or
 * swapped lat and lon would otherwise quietly move it to "not on the map".
 */
import { HAITI_FRAME } from '../map/frame.ts';
import type { Problem } from '../content/problem.ts';
import type { ValidContent } from '../content/validate-content.ts';

const HINT =
  'for a place in Haiti (north positive, west negative); check the source, or that lat and lon are not swapped';

/** Problems for every place in Haiti whose lat or lon falls outside the map of Haiti. */
export function checkPlaceCoordinates(places: ValidContent['places']): Problem[] {
  const { west, east, south, north } = HAITI_FRAME;
  const axes = [
    { field: 'lat', name: 'a latitude', low: south, high: north },
    { field: 'lon', name: 'a longitude', low: west, high: east },
  ] as const;
  return places.flatMap((place) => {
    if (place.data.country !== 'Haiti') return [];
    return axes.flatMap(({ field, name, low, high }) => {
      const value = place.data[field];
      if (value === undefined || (value >= low && value <= high)) return [];
      return [
        {
          file: place.file,
          field,
          found: String(value),
          expected: `${name} between ${low} and ${high} ${HINT}`,
          line: place.lineOf([field]),
        },
      ];
    });
  });
}
