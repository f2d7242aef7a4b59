import { z } from 'astro/zod';
import { documented } from './fields/field-doc.ts';
import { plainText } from './fields/text.ts';
import { COUNTRY_CODE_EXPECTED, countryByCode } from './fields/country-code.ts';

const CONTACT_EXPECTED = 'an e-mail address ("corrections@example.org") or a full https:// address of a form';

/** Whether a contact is something a reader can use: an e-mail address or an https page. */
function isContact(text: string): boolean {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return true;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

const LANGUAGE_EXPECTED = 'a BCP 47 language tag such as "en", "en-GB" or "fr-HT"';

/** Whether a language tag is well formed, as browsers and Intl read it. */
function isLanguageTag(text: string): boolean {
  // A two- or three-letter language first ("en", "fr-HT"): Intl alone would take "english" as a tag.
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(text)) return false;
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

const FRAME_EXPECTED =
  'four numbers in degrees, west < east (-180 to 180) and south < north (-85 to 85): "{ west: -74.6, east: -71.1, south: 17.8, north: 20.35 }"';

/** A rectangle of the Earth an editor pins a map to, in degrees. */
const frame = (description: string, example: string) =>
  documented(
    z
      .strictObject(
        {
          west: z.number().min(-180).max(180),
          east: z.number().min(-180).max(180),
          south: z.number().min(-85).max(85),
          north: z.number().min(-85).max(85),
        },
        { error: FRAME_EXPECTED },
      )
      .refine((box) => box.west < box.east && box.south < box.north, { error: FRAME_EXPECTED })
      .optional(),
    { description, example },
  );

/** The story map's settings: which country it draws and the words round it. */
const MapSchema = z.strictObject({
  country: documented(
    z
      .union([z.string(), z.number()], { error: COUNTRY_CODE_EXPECTED })
      .refine((code) => countryByCode(String(code)) !== undefined, { error: COUNTRY_CODE_EXPECTED }),
    {
      description:
        "The country the story map draws, as an ISO 3166-1 code (two letters, three letters or three digits). The map's frame, its neighbours and its locator inset follow from the country's outline; its name on the map and in the map's description comes from the code, in the site's language.",
      example: 'HT',
    },
  ),
  title: documented(plainText('the map title', 120), {
    description: 'The title under the story map, read first by everyone, screen readers included.',
    example: '"Map of the places in Haiti where the story\'s events happened"',
  }),
  region: documented(plainText('the region', 60), {
    description:
      'Where the locator inset places the country, as the end of "an inset shows where Haiti lies in …" in the map\'s description.',
    example: 'the Caribbean',
  }),
  frame: frame(
    "Optional: the part of the Earth the story map shows, to pin a frame chosen by eye. Left out, the map frames the country's outline with a tenth of its span round it.",
    '{ west: -74.6, east: -71.1, south: 17.8, north: 20.35 }',
  ),
  insetFrame: frame(
    'Optional: the region the locator inset shows. Left out, the inset is centred on the country, at least 29° wide.',
    '{ west: -88, east: -59, south: 8, north: 27 }',
  ),
});

/** The story's settings, in `content/site.yaml`: one file, fields only. */
export const SiteSchema = z.strictObject({
  name: documented(plainText('the site name', 80), {
    description: "The site's name, in the header, browser titles and link previews.",
    example: 'MSS Haiti explainer',
  }),
  language: documented(plainText('the language', 35).refine(isLanguageTag, { error: LANGUAGE_EXPECTED }), {
    description:
      "The language the story is written in, as a BCP 47 tag: it is every page's lang attribute and the feed's language, so screen readers pronounce the text right.",
    example: 'en',
  }),
  timelineDescription: documented(plainText('the description', 300), {
    description: 'What the timeline page is, in one sentence: shown in search results and link previews of /timeline/.',
    example:
      '"Every dated event of the story, from Kenya\'s offer to lead the mission to the latest reporting, with sources and status."',
  }),
  map: documented(MapSchema, { description: 'The story map, in the lines indented under "map:".' }),
  correctionsContact: documented(
    plainText('a contact', 200).refine(isContact, { error: CONTACT_EXPECTED }).optional(),
    {
      description:
        'Where readers report errors: an e-mail address or an https:// form. There is no default: until it is set, the About page says that no contact address has been configured, and npm run check warns. Never put in an address nobody reads.',
      example: '"corrections@example.org"',
    },
  ),
});

/** The site settings as stored after validation. */
export type Site = z.output<typeof SiteSchema>;
/** The site settings as an editor writes them. */
export type SiteInput = z.input<typeof SiteSchema>;
