import { z } from 'astro/zod';
import { IdListSchema } from './fields/id.ts';
import { documented } from './fields/field-doc.ts';
import { logField } from './log.ts';
import { plainText } from './fields/text.ts';

/** A phase of the timeline. The file name is its id and its anchor on /timeline/. */
export const SectionSchema = z.strictObject({
  title: documented(plainText('the section heading', 120), {
    description: 'The heading readers see.',
    example: 'The Pont-Sondé ambush',
  }),
  order: documented(
    z
      .number({ error: 'a whole number such as 1, 2 or 3' })
      .int({ error: 'a whole number such as 1, 2 or 3' })
      .min(1, { error: 'a whole number from 1 up' }),
    { description: 'Position on the timeline: 1 comes first. Two sections may not share a number.', example: '3' },
  ),
  summary: documented(plainText('a one- or two-sentence summary', 300), {
    description: 'One or two sentences saying what this phase is about; also the link preview text.',
    example:
      'On 25 March 2025 a Kenyan officer went missing after an ambush near Pont-Sondé, and official accounts of his fate began to diverge.',
  }),
  aliases: documented(IdListSchema.default([]), {
    description: 'Old ids this section had before it was renamed, so links to them keep working.',
    example: '[the-ambush]',
  }),
  log: logField,
});

/** A section as stored after validation. */
export type Section = z.output<typeof SectionSchema>;
/** A section as an editor writes it. */
export type SectionInput = z.input<typeof SectionSchema>;
