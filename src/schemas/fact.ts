import { z } from 'astro/zod';
import { IdListSchema } from './id.ts';
import { DateOrRangeSchema, PartialDateSchema } from './partial-date.ts';
import { plainText } from './text.ts';

/** Words that may stand before a figure. */
export const QUALIFIERS = ['about', 'at least', 'more than', 'up to'] as const;

const figure = (what: string) =>
  z.number({ error: `${what} as a plain number without commas, e.g. 5601` }).nonnegative({
    error: `${what} of zero or more`,
  });

/** One context figure. The file name is its id, e.g. `content/facts/killed-2024.md`. */
export const FactSchema = z
  .strictObject({
    /** What is counted, e.g. "Killed in gang violence in Haiti in 2024". */
    label: plainText('what the figure counts', 140),
    /** The figure, a plain number: 5601, 0.9 for 90% is wrong, write 90 with unit "%". */
    value: figure('the figure'),
    /** The top of a range, when sources give one, e.g. 800 for "750–800". */
    upTo: figure('the top of the range').optional(),
    /** A word before the figure: about, at least, more than or up to. */
    qualifier: z.enum(QUALIFIERS, { error: `one of ${QUALIFIERS.join(', ')}` }).optional(),
    /** What the figure counts in, after the number: "people", "officers", "%". */
    unit: plainText('a unit', 40),
    /** When the figure held: "2025-01-07", "2024-12", or a span "2025-02/2025-03". */
    asOf: DateOrRangeSchema,
    /** The sources for the figure: at least one source id from content/sources. */
    sources: IdListSchema.min(1, { error: 'at least one source id (every fact needs a source)' }),
    /** Old ids this fact had, so links to them keep working. */
    aliases: IdListSchema.default([]),
    /** When this entry last changed in substance. */
    updated: PartialDateSchema.optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.upTo !== undefined && fact.upTo <= fact.value) {
      ctx.addIssue({ code: 'custom', path: ['upTo'], message: `a number above value (${fact.value})` });
    }
  });

/** A fact as stored after validation. */
export type Fact = z.output<typeof FactSchema>;
/** A fact as an editor writes it. */
export type FactInput = z.input<typeof FactSchema>;
