import { z } from 'astro/zod';

/** Lower-case words joined by single hyphens: the only shape an id may take. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an id must look like, phrased for an editor. */
export const ID_EXPECTED =
  'a kebab-case id: lower-case letters and digits joined by single hyphens, e.g. "kaetuai-killed"';

/** The kebab-case id closest to a bad name, e.g. "Second_Event" → "second-event", "Pont-Sondé" → "pont-sonde". */
export function kebabId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An entry's id: its file name without the extension, also its anchor and URL slug. */
export const IdSchema = z.string({ error: ID_EXPECTED }).regex(ID_PATTERN, { error: ID_EXPECTED });

/** A list of ids, each at most once. */
export const IdListSchema = z
  .array(IdSchema, { error: 'a list of ids, e.g. [capitalfm-missing, reuters-missing]' })
  .refine((ids) => new Set(ids).size === ids.length, {
    error: 'each id listed once (remove the repeated id)',
  });
