import { z } from 'astro/zod';
import { IdListSchema } from './fields/id.ts';
import { documented } from './fields/field-doc.ts';
import { PartialDateSchema } from './fields/partial-date.ts';
import { plainText } from './fields/text.ts';

/** What sort of document a source is. */
export const SOURCE_KINDS = ['news-report', 'official-statement', 'un-document'] as const;

const URL_EXPECTED = 'a full https:// address, e.g. "https://press.un.org/2023/sc15432.doc.htm"';

/** A web address a reader can safely follow: http(s) only, with a host and no user name. */
function checkUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return URL_EXPECTED;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return URL_EXPECTED;
  if (!url.hostname.includes('.') || url.username || url.password) return URL_EXPECTED;
  return undefined;
}

/** One cited document. The file name is its id, e.g. `content/sources/reuters-missing.yaml`. */
export const SourceSchema = z
  .strictObject({
    publisher: documented(plainText('the publisher name', 120), {
      description: 'Who published the copy we cite.',
      example: '"TimesLIVE"',
    }),
    originalPublisher: documented(plainText('the original publisher name', 120).optional(), {
      description:
        'Who first published it, when we cite a repost or a copy on another site. Every citation then reads "Original, via Host" (e.g. "Reuters, via TimesLIVE"). Leave it out for originals.',
      example: '"Reuters"',
    }),
    author: documented(plainText("the writer's name", 80).optional(), {
      description: 'The writer, when the research names one; never guessed.',
      example: '"Evelyne Musambi"',
    }),
    title: documented(plainText('the headline as published', 300).optional(), {
      description:
        "The document's headline or title, exactly as published. Leave it out only when no headline was recorded, and then set noTitleRecorded: true.",
      example: '"Kenyan MSS officer reported missing in Haiti after incident with gangs"',
    }),
    titleFromUrl: documented(z.boolean({ error: 'true or false' }).default(false), {
      description:
        'true when no headline was seen and the title is read off the web address; put a word the address lacks in [square brackets]. The site shows it without quotation marks, followed by "(from the web address)".',
      example: 'true',
    }),
    noTitleRecorded: documented(z.boolean({ error: 'true or false' }).default(false), {
      description:
        'true when no headline at all was recorded (leave title out); the site shows "No headline recorded".',
      example: 'true',
    }),
    url: documented(z.string({ error: URL_EXPECTED }).trim(), {
      description: 'Where to read it: the full https:// address.',
      example:
        '"https://www.timeslive.co.za/news/africa/2025-03-26-kenyan-mss-officer-reported-missing-in-haiti-after-incidentwithgangs/"',
    }),
    httpOnly: documented(z.boolean({ error: 'true or false' }).default(false), {
      description: 'Set to true only when the publisher serves the page over plain http:// and has no https copy.',
      example: 'true',
    }),
    published: documented(PartialDateSchema.optional(), {
      description:
        'When it was published: "2025-03-26", or "2025-03" when only the month is known. Leave it out when the page shows no date; the site then says "Undated".',
      example: '"2025-03-26"',
    }),
    dateNote: documented(plainText('a short note on the date', 160).optional(), {
      description:
        'What a date in brackets refers to, shown after the date or after "Undated": the date of what the page reports, or of the original of a repost.',
      example: '"reports the arrival of 6 February 2025"',
    }),
    kind: documented(z.enum(SOURCE_KINDS, { error: `one of ${SOURCE_KINDS.join(', ')}` }), {
      description: 'What sort of document it is.',
      example: 'news-report',
    }),
    language: documented(
      z
        .string({ error: 'a language tag such as "fr"' })
        .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'a language tag such as "fr"' })
        .default('en'),
      { description: "The document's language as a short tag, when it is not English.", example: 'fr' },
    ),
    aliases: documented(IdListSchema.default([]), {
      description: 'Old ids this source had before it was renamed, so links to them keep working.',
      example: '[timeslive-missing]',
    }),
  })
  .superRefine((source, ctx) => {
    if (source.title === undefined && !source.noTitleRecorded) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'the headline as published (if none was recorded, add "noTitleRecorded: true" instead)',
      });
    }
    if (source.title !== undefined && source.noTitleRecorded) {
      ctx.addIssue({
        code: 'custom',
        path: ['noTitleRecorded'],
        message: 'no noTitleRecorded line when a title is given; remove one of the two',
      });
    }
    const problem = checkUrl(source.url);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
      return;
    }
    if (source.url.startsWith('http:') && !source.httpOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `${URL_EXPECTED} (if the publisher truly has no https page, add "httpOnly: true")`,
      });
    }
  });

/** A source as stored after validation. */
export type Source = z.output<typeof SourceSchema>;
/** A source as an editor writes it. */
export type SourceInput = z.input<typeof SourceSchema>;
