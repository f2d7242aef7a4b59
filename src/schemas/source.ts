import { z } from 'astro/zod';
import { IdListSchema } from './id.ts';
import { documented } from './field-doc.ts';
import { PartialDateSchema } from './partial-date.ts';
import { plainText } from './text.ts';

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
      description: 'Who first published it, when we cite a repost. Leave it out for originals.',
      example: '"Reuters"',
    }),
    title: documented(plainText('the headline as published', 300), {
      description: "The document's headline or title, exactly as published.",
      example: '"Kenyan MSS officer reported missing in Haiti after incident with gangs"',
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
    published: documented(PartialDateSchema, {
      description: 'When it was published: "2025-03-26", or "2025-03" when only the month is known.',
      example: '"2025-03-26"',
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
