import { z } from 'astro/zod';
import { plainText } from './text.ts';

/** What kind of place an entry names. */
export const PLACE_KINDS = ['city', 'town', 'area', 'village', 'county', 'country'] as const;

/** How exactly the coordinates locate the place. */
export const PLACE_PRECISIONS = ['exact', 'approximate', 'area'] as const;

const coordinate = (what: string, limit: number) =>
  z
    .number({ error: `${what} as a number of degrees between -${limit} and ${limit}` })
    .min(-limit, { error: `${what} between -${limit} and ${limit}` })
    .max(limit, { error: `${what} between -${limit} and ${limit}` });

/** One location. The file name is its id, e.g. `content/places/pont-sonde.yaml`. */
export const PlaceSchema = z
  .strictObject({
    /** The name readers know it by, e.g. "Pont-Sondé". */
    name: plainText('the place name', 80),
    /** What it is: city, town, area, village, county or country. */
    kind: z.enum(PLACE_KINDS, { error: `one of ${PLACE_KINDS.join(', ')}` }),
    /** The region, department or county it lies in, e.g. "Artibonite". */
    region: plainText('the region name', 80).optional(),
    /** The country, e.g. "Haiti". */
    country: plainText('the country name', 60),
    /** Latitude in decimal degrees (north positive). Only with a sourced coordinate; never guess. */
    lat: coordinate('a latitude', 90).optional(),
    /** Longitude in decimal degrees (east positive). Always given together with lat. */
    lon: coordinate('a longitude', 180).optional(),
    /** How exactly lat/lon locate it: exact, approximate, or area (drawn as a shaded area). */
    precision: z.enum(PLACE_PRECISIONS, { error: `one of ${PLACE_PRECISIONS.join(', ')}` }).optional(),
    /** One line of context for readers, e.g. "about 100 km north-west of the capital". */
    note: plainText('a one-line note', 200).optional(),
  })
  .superRefine((place, ctx) => {
    if ((place.lat === undefined) !== (place.lon === undefined)) {
      const missing = place.lat === undefined ? 'lat' : 'lon';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'lat and lon given together, or neither' });
    }
    if (place.lat !== undefined && place.precision === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `how exact the coordinates are: one of ${PLACE_PRECISIONS.join(', ')}`,
      });
    }
  });

/** A place as stored after validation. */
export type Place = z.output<typeof PlaceSchema>;
/** A place as an editor writes it. */
export type PlaceInput = z.input<typeof PlaceSchema>;
