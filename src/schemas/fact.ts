import { z } from 'astro/zod';
import { IdListSchema, IdSchema } from './fields/id.ts';
import { documented } from './fields/field-doc.ts';
import { logField } from './log.ts';
import { DateOrRangeSchema, PartialDateSchema } from './fields/partial-date.ts';
import { plainText } from './fields/text.ts';

/** Words that may stand before a figure. */
export const QUALIFIERS = ['about', 'at least', 'more than', 'up to'] as const;

const figure = (what: string) =>
  z.number({ error: `${what} as a plain number without commas, e.g. 5601` }).nonnegative({
    error: `${what} of zero or more`,
  });

/** One context figure. The file name is its id, e.g. `content/facts/killed-2024.md`. */
export const FactSchema = z
  .strictObject({
    label: documented(plainText('what the figure counts', 140), {
      description: 'What is counted.',
      example: 'Killed in gang violence in Haiti in 2024',
    }),
    value: documented(figure('the figure'), {
      description: 'The figure, a plain number without commas. For a percentage write 90 with unit "%", not 0.9.',
      example: '5601',
    }),
    upTo: documented(figure('the top of the range').optional(), {
      description: 'The top of a range, when sources give one: 800 for "750–800" (value is then 750).',
      example: '800',
    }),
    qualifier: documented(z.enum(QUALIFIERS, { error: `one of ${QUALIFIERS.join(', ')}` }).optional(), {
      description: 'A word shown before the figure.',
      example: 'about',
    }),
    unit: documented(plainText('a unit', 40), {
      description: 'What the figure counts in, shown after the number: "people", "officers", "%".',
      example: 'people',
    }),
    caveat: documented(plainText('a short caveat', 200).optional(), {
      description:
        'What a reader must know with the figure (how sources differ, what it does not count); shown with the figure everywhere, key-fact cards included.',
      example: 'an authorised maximum, not a count of those deployed',
    }),
    asOf: documented(DateOrRangeSchema, {
      description: 'When the figure held: "2025-01-07", "2024-12", or a span of two dates joined by a slash.',
      example: '"2025-02/2025-03"',
    }),
    sources: documented(IdListSchema.min(1, { error: 'at least one source id (every fact needs a source)' }), {
      description: 'The sources for the figure: at least one source id from content/sources.',
      example: '[kenyans-144, standard-family-anguish]',
    }),
    aliases: documented(IdListSchema.default([]), {
      description: 'Old ids this fact had before it was renamed, so links to them keep working.',
      example: '[kenya-deployment]',
    }),
    previous: documented(IdSchema.optional(), {
      description:
        'The id of an earlier count of the same thing (same unit), shown with this figure as its earlier value; that fact then gets no card of its own on the front page.',
      example: 'displaced-2024',
    }),
    log: logField,
    reviewAfter: documented(PartialDateSchema.optional(), {
      description:
        'When to check the figure again. Without it, `npm run check` reminds you once asOf is more than 6 months old.',
      example: '"2026-06-01"',
    }),
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
