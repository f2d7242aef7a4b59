import { z } from 'astro/zod';
import { IdListSchema } from './id.ts';
import { plainText } from './text.ts';

/** A phase of the timeline. The file name is its id and its anchor on /timeline/. */
export const SectionSchema = z.strictObject({
  /** The heading readers see, e.g. "The Pont-Sondé ambush". */
  title: plainText('the section heading', 120),
  /** Position on the timeline: 1 comes first. Two sections may not share a number. */
  order: z
    .number({ error: 'a whole number such as 1, 2 or 3' })
    .int({ error: 'a whole number such as 1, 2 or 3' })
    .min(1, { error: 'a whole number from 1 up' }),
  /** One or two sentences saying what this phase is about; also the link preview text. */
  summary: plainText('a one- or two-sentence summary', 300),
  /** Old ids this section had, so links to them keep working. */
  aliases: IdListSchema.default([]),
});

/** A section as stored after validation. */
export type Section = z.output<typeof SectionSchema>;
/** A section as an editor writes it. */
export type SectionInput = z.input<typeof SectionSchema>;
