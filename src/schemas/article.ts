import { z } from 'astro/zod';
import { documented } from './field-doc.ts';
import { IdListSchema } from './id.ts';
import { DayDateSchema } from './partial-date.ts';
import { RefSchema } from './ref.ts';
import { plainText } from './text.ts';

/** A correction or clarification attached to the article as published. */
export const CorrectionSchema = z.strictObject({
  date: documented(DayDateSchema, {
    description: 'The day the correction was added; it moves the site\'s "Updated" stamp.',
    example: '"2025-12-09"',
  }),
  kind: documented(z.enum(['correction', 'clarification'], { error: 'correction or clarification' }), {
    description: 'correction when the article was wrong; clarification when it was incomplete or loose.',
    example: 'clarification',
  }),
  quote: documented(plainText('the article words it concerns, copied exactly', 300), {
    description: 'The words of the article it concerns, copied exactly from the article text.',
    example: 'in the town of Pont-Sondé',
  }),
  text: documented(plainText('one or two sentences', 600), {
    description: 'What is now known, in one or two sentences.',
    example: 'The UN Human Rights Office put the number killed in 2024 at 5,601.',
  }),
  settledBy: documented(
    z.array(RefSchema, { error: 'a list such as ["event:mss-authorised"]' }).min(1, {
      error: 'at least one event or fact that settles it',
    }),
    {
      description: 'The events or facts that settle it, each written `event:<id>` or `fact:<id>`. At least one.',
      example: '[event:ambush-officer-missing]',
    },
  ),
});

/** A line of "what we know" or "what we don't know", with where to read more. */
export const BriefLineSchema = z.strictObject({
  text: documented(plainText('one plain sentence', 300), {
    description: 'One plain sentence.',
    example: 'Later reporting names him as Constable Benedict Kabiru.',
  }),
  see: documented(RefSchema.optional(), {
    description: 'Where the reader can see the evidence: `event:<id>`, `fact:<id>`, `source:<id>` or `section:<id>`.',
    example: 'event:cpt-says-officer-killed',
  }),
});

/** The story as published; the markdown body is the article text. */
export const ArticleSchema = z.strictObject({
  title: documented(plainText('the headline', 160), {
    description: 'The headline.',
    example: 'Kenyan police officer missing after gang ambush in Haiti',
  }),
  dek: documented(plainText('a one- or two-sentence standfirst', 300), {
    description: 'The standfirst under the headline, one or two sentences.',
    example:
      'A Kenyan officer of the Multinational Security Support mission disappeared after an ambush near Pont-Sondé on 25 March 2025.',
  }),
  byline: documented(plainText('the byline', 80), {
    description: 'Who it is credited to: the desk, never an invented person.',
    example: 'The explainer desk',
  }),
  published: documented(DayDateSchema, {
    description: 'The day it was first published. Never changes.',
    example: '"2025-03-26"',
  }),
  updated: documented(DayDateSchema, {
    description:
      "The day the article itself last changed in substance. The site shows the latest of this, any event's or fact's updated, and any correction's date.",
    example: '"2025-12-09"',
  }),
  sources: documented(IdListSchema.min(1, { error: 'at least one source id' }), {
    description: 'Sources the article itself draws on: source ids from content/sources.',
    example: '[capitalfm-missing, reuters-missing, bbc-missing]',
  }),
  corrections: documented(z.array(CorrectionSchema, { error: 'a list of corrections' }).default([]), {
    description: 'Corrections and clarifications, oldest first; each item has the fields below.',
  }),
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
/** One correction. */
export type Correction = z.output<typeof CorrectionSchema>;
