import { z } from 'astro/zod';
import { documented } from './fields/field-doc.ts';
import { plainText } from './fields/text.ts';

/** What kind of place an entry names. */
export const PLACE_KINDS = ['city', 'town', 'area', 'road', 'village', 'county', 'country'] as const;

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
    name: documented(plainText('the place name', 80), {
      description: 'The name readers know it by.',
      example: 'Pont-Sondé',
    }),
    kind: documented(z.enum(PLACE_KINDS, { error: `one of ${PLACE_KINDS.join(', ')}` }), {
      description: 'What sort of place it is.',
      example: 'town',
    }),
    region: documented(plainText('the region name', 80).optional(), {
      description: 'The region, department or county it lies in.',
      example: 'Artibonite',
    }),
    country: documented(plainText('the country name', 60), {
      description: 'The country it lies in.',
      example: 'Haiti',
    }),
    lat: documented(coordinate('a latitude', 90).optional(), {
      description: 'Latitude in decimal degrees, north positive. Only from a source that gives it; never guess.',
      example: '19.149',
    }),
    lon: documented(coordinate('a longitude', 180).optional(), {
      description: 'Longitude in decimal degrees, east positive (Haiti is west, so negative). Always with lat.',
      example: '-72.617',
    }),
    precision: documented(z.enum(PLACE_PRECISIONS, { error: `one of ${PLACE_PRECISIONS.join(', ')}` }).optional(), {
      description:
        'How exactly lat and lon locate it; area draws a shaded area instead of a pin. Required with lat. For a site known only to be near a point (a road near a town), use approximate at that point and say so in note.',
      example: 'approximate',
    }),
    note: documented(plainText('a one-line note', 240).optional(), {
      description: 'One line of context for readers, including how approximate the point is and where it comes from.',
      example: 'In the commune of Saint-Marc, about 100 km north-west of the capital',
    }),
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
