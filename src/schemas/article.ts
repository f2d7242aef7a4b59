import { z } from 'astro/zod';
import { IdListSchema } from './id.ts';
import { PartialDateSchema } from './partial-date.ts';
import { RefSchema } from './ref.ts';
import { plainText } from './text.ts';

/** A correction or clarification attached to the article as published. */
export const CorrectionSchema = z.strictObject({
  /** When the correction was added: "2025-09-25". */
  date: PartialDateSchema,
  /** correction (the article was wrong) or clarification (it was incomplete or loose). */
  kind: z.enum(['correction', 'clarification'], { error: 'correction or clarification' }),
  /** The words of the article it concerns, copied exactly. */
  quote: plainText('the article words it concerns, copied exactly', 300),
  /** What is now known, in one or two sentences. */
  text: plainText('one or two sentences', 600),
  /** The events or facts that settle it, e.g. ["event:mss-authorised"]. At least one. */
  settledBy: z.array(RefSchema, { error: 'a list such as ["event:mss-authorised"]' }).min(1, {
    error: 'at least one event or fact that settles it',
  }),
});

/** A line of "what we know" or "what we don't know", with where to read more. */
export const BriefLineSchema = z.strictObject({
  /** One plain sentence. */
  text: plainText('one plain sentence', 300),
  /** Where the reader can see the evidence, e.g. "event:kabiru-death-confirmed". */
  see: RefSchema.optional(),
});

/** The story as published; the markdown body is the article text. */
export const ArticleSchema = z.strictObject({
  /** The headline. */
  title: plainText('the headline', 160),
  /** The standfirst under the headline, one or two sentences. */
  dek: plainText('a one- or two-sentence standfirst', 300),
  /** Who it is credited to: the desk, never an invented person. */
  byline: plainText('the byline', 80),
  /** When it was first published: "2025-03-26". */
  published: PartialDateSchema,
  /** When it was last updated in substance. */
  updated: PartialDateSchema,
  /** Sources the article itself draws on: source ids. */
  sources: IdListSchema.min(1, { error: 'at least one source id' }),
  /** Corrections and clarifications, oldest first. */
  corrections: z.array(CorrectionSchema, { error: 'a list of corrections' }).default([]),
  /** What is established, for the "What we know" box. */
  known: z.array(BriefLineSchema, { error: 'a list of lines' }).default([]),
  /** What is not, for the "What we don't know" box. */
  unknown: z.array(BriefLineSchema, { error: 'a list of lines' }).default([]),
});

/** The article as stored after validation. */
export type Article = z.output<typeof ArticleSchema>;
/** The article as an editor writes it. */
export type ArticleInput = z.input<typeof ArticleSchema>;
/** One correction. */
export type Correction = z.output<typeof CorrectionSchema>;
