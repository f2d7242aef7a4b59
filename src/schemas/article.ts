import { z } from 'astro/zod';
import { documented } from './fields/field-doc.ts';
import { IdListSchema } from './fields/id.ts';
import { ArticleLogEntrySchema, type ArticleLogEntry } from './log.ts';
import { DayDateSchema } from './fields/partial-date.ts';
import { RefSchema } from './fields/ref.ts';
import { plainText } from './fields/text.ts';

/** A line of "what we know" or "what we don't know", with where to read more. */
export const BriefLineSchema = z.strictObject({
  text: documented(plainText('one plain sentence', 300), {
    description: 'One plain sentence.',
    example: "He is Benedict Kabiru, named in the council's statement of 26 March 2025.",
  }),
  see: documented(RefSchema.optional(), {
    description: 'Where the reader can see the evidence: `event:<id>`, `fact:<id>`, `source:<id>` or `section:<id>`.',
    example: 'event:cpt-says-officer-killed',
  }),
});

/** The dated editor's note that opens the front page: where the story stands now. */
export const StandingSchema = z.strictObject({
  date: documented(DayDateSchema, {
    description: 'The day the note was last brought up to date; change it whenever the state of the story changes.',
    example: '"2025-12-09"',
  }),
  text: documented(plainText('one paragraph', 1000), {
    description: 'Where the story stands, in one paragraph, past tense with "as of" for anything that may change.',
    example: 'His body had not been recovered as of 5 December 2025, and a search was continuing.',
  }),
  settledBy: documented(
    z.array(RefSchema, { error: 'a list such as ["event:kabiru-death-confirmed"]' }).min(1, {
      error: 'at least one event or fact that the note rests on',
    }),
    {
      description: 'The events or facts the note rests on, each written `event:<id>` or `fact:<id>`. At least one.',
      example: '[event:kabiru-death-confirmed, event:body-not-recovered]',
    },
  ),
});

/** The story as published; the markdown body is the article text. */
export const ArticleSchema = z.strictObject({
  title: documented(plainText('the headline', 160), {
    description:
      "The front page's headline, browser title and og:title: where the story stands now, not what the first report said.",
    example: 'Kenya confirms the death of its officer missing in Haiti; his body has not been recovered',
  }),
  dek: documented(plainText('a one- or two-sentence standfirst', 300), {
    description: 'The standfirst under the headline, one or two sentences: the current position.',
    example: "Kenya's police confirmed on 25 September 2025 the death of the officer missing since the ambush.",
  }),
  standing: documented(StandingSchema.optional(), {
    description:
      'The dated "Where it stands" note shown under the headline and standfirst ("Updated <date>: <text>"); it has the fields below.',
  }),
  publishedTitle: documented(plainText('the headline as first published', 200).optional(), {
    description:
      'The headline the text carried where it was first published, shown in quotation marks and labelled "as first published". Leave it out if none is recorded; never make one up.',
    example: 'Kenyan police officer missing Haiti gang attack',
  }),
  credit: documented(plainText('the credit line', 240), {
    description:
      'Who the text is credited to, exactly as it should read: the outlet the text comes from, and the desk for notes. Never an invented person.',
    example: '"Text as published by africannow.com. Notes and corrections: the explainer desk."',
  }),
  published: documented(DayDateSchema, {
    description: 'The day it was first published. Never changes.',
    example: '"2025-03-26"',
  }),
  publishedApproximate: documented(z.boolean({ error: 'true or false' }).default(false), {
    description:
      'true when the first-publication day is an estimate (the page it comes from shows no date); the site then reads "about 26 March 2025".',
    example: 'true',
  }),
  sources: documented(IdListSchema.min(1, { error: 'at least one source id' }), {
    description:
      'Where the article text itself comes from (shown as "Where this text comes from"): source ids from content/sources. Every other source is shown as reporting used to check it.',
    example: '[africannow-seed, bbc-missing]',
  }),
  log: documented(
    z
      .array(ArticleLogEntrySchema, { error: 'a list of log entries' })
      .default([])
      .superRefine((log, ctx) =>
        log.forEach((entry, i) => {
          if (entry.quote !== undefined && entry.kind === 'update')
            ctx.addIssue({
              code: 'custom',
              path: [i, 'kind'],
              message: 'correction or clarification: an entry with a quote is a note on the text as first published',
            });
        }),
      ),
    {
      description:
        'What changed, oldest first, only ever appended: the corrections and clarifications of the text (with quote) and any update to the page; each item has the fields below. Its latest date, with the standing note\'s, is the article\'s "Updated" date.',
    },
  ),
  known: documented(z.array(BriefLineSchema, { error: 'a list of lines' }).default([]), {
    description: 'What is established, for the "What we know" box; each item has the fields below.',
  }),
  unknown: documented(z.array(BriefLineSchema, { error: 'a list of lines' }).default([]), {
    description: 'What is not established, for the "What we don\'t know" box; each item has the same fields as known.',
  }),
});

/** The article as stored after validation. */
export type Article = z.output<typeof ArticleSchema>;
/** The article as an editor writes it. */
export type ArticleInput = z.input<typeof ArticleSchema>;
/** The "Where it stands" note. */
export type Standing = z.output<typeof StandingSchema>;
/** One correction or clarification of the text as first published: an article log entry with its quote. */
export type Correction = ArticleLogEntry & { quote: string };
