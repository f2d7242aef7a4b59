import { z } from 'astro/zod';
import { IdListSchema } from './id.ts';
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
    /** Who published the copy we cite, e.g. "TimesLIVE". */
    publisher: plainText('the publisher name', 120),
    /** Who first published it, when we cite a repost, e.g. "Reuters". Leave out for originals. */
    originalPublisher: plainText('the original publisher name', 120).optional(),
    /** The document's headline or title, exactly as published. */
    title: plainText('the headline as published', 300),
    /** Where to read it: an https:// address. */
    url: z.string({ error: URL_EXPECTED }).trim(),
    /** Set to true only when the publisher serves the page over plain http and has no https copy. */
    httpOnly: z.boolean({ error: 'true or false' }).default(false),
    /** When it was published: "2025-03-26", or "2025-03" when only the month is known. */
    published: PartialDateSchema,
    /** What sort of document it is: news-report, official-statement or un-document. */
    kind: z.enum(SOURCE_KINDS, { error: `one of ${SOURCE_KINDS.join(', ')}` }),
    /** The document's language as a BCP 47 tag, when not English, e.g. "fr". */
    language: z
      .string({ error: 'a language tag such as "fr"' })
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'a language tag such as "fr"' })
      .default('en'),
    /** Old ids this source had, so links to them keep working. */
    aliases: IdListSchema.default([]),
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
