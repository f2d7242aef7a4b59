/**
 * A place in the story's country must land on the story map. A sign slip
 * (72.6 for -72.6) or swapped lat and lon would otherwise quietly move it to
 * "not on the map".
 */
import { countryByCode } from '../schemas/fields/country-code.ts';
import type { Site } from '../schemas/site.ts';
import { countryIdByName, countryName } from '../map/country.ts';
import { countryFrames, settingsFrames } from '../map/country-frames.ts';
import type { Problem } from '../content/problem.ts';
import type { ValidContent } from '../content/validate-content.ts';

const HINT = '(north positive, west negative); check the source, or that lat and lon are not swapped';

/** Problems for every place in the map's country whose lat or lon falls outside the story map's frame. */
export function checkPlaceCoordinates(
  places: ValidContent['places'],
  map: Pick<Site, 'language'> & { map: Pick<Site['map'], 'country' | 'frame' | 'insetFrame'> },
): Problem[] {
  const code = countryByCode(String(map.map.country));
  const frames = code && settingsFrames(code.numeric, map.map);
  if (!code || !frames) return [];
  const { west, east, south, north } = frames.main;
  const name = countryName(code, map.language);
  const axes = [
    { field: 'lat', name: 'a latitude', low: south, high: north },
    { field: 'lon', name: 'a longitude', low: west, high: east },
  ] as const;
  return places.flatMap((place) => {
    if (countryIdByName(place.data.country, map.language) !== code.numeric) return [];
    return axes.flatMap(({ field, name: what, low, high }) => {
      const value = place.data[field];
      if (value === undefined || (value >= low && value <= high)) return [];
      return [
        {
          file: place.file,
          field,
          found: String(value),
          expected: `${what} between ${low} and ${high} for a place in ${name} ${HINT}`,
          line: place.lineOf([field]),
        },
      ];
    });
  });
}

/** The site's map country, when the atlas does not draw it: a problem with site.yaml's map.country. */
export function mapCountryProblems(site: Site, lineOf: (path: string[]) => number | undefined): Problem[] {
  const code = countryByCode(String(site.map.country));
  if (!code || countryFrames(code.numeric)) return [];
  return [
    {
      file: 'content/site.yaml',
      field: 'map.country',
      found: `${JSON.stringify(site.map.country)} (${countryName(code, 'en')}), a country the world map does not draw`,
      expected: 'the code of a country the world map (Natural Earth, via world-atlas) draws',
      line: lineOf(['map', 'country']),
    },
  ];
}
