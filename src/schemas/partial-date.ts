import { z } from 'astro/zod';
import { endKey, parsePartialDate, startKey, type PartialDate } from '../lib/partial-date.ts';

/** A date known to a precision, or a span between two such dates. */
export type DateOrRange = { start: PartialDate; end?: PartialDate };

function notAString(input: unknown): string {
  // js-yaml reads an unquoted 2025-03-25 as a timestamp and 2025 as a number.
  if (input instanceof Date || typeof input === 'number') {
    return 'the date in double quotes, e.g. "2025-03-25" (unquoted, YAML changes its meaning)';
  }
  return 'a quoted date: "2025-03-25", "2025-03" or "2025"';
}

/** A date written "2025-03-25", "2025-03" or "2025"; the precision is what is written. */
export const PartialDateSchema = z
  .string({ error: (issue) => notAString(issue.input) })
  .transform((text, ctx): PartialDate => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.expected });
      return z.NEVER;
    }
    return parsed.value;
  });

/** A date, or a span written "2025-02/2025-03" (ISO 8601 interval), e.g. an "as of" that covers months. */
export const DateOrRangeSchema = z
  .string({ error: (issue) => notAString(issue.input) })
  .transform((text, ctx): DateOrRange => {
    const [first = '', second, extra] = text.split('/');
    const start = parsePartialDate(first);
    const end = second === undefined ? undefined : parsePartialDate(second);
    if (extra !== undefined || !start.ok || (end && !end.ok)) {
      const reason = !start.ok ? start.expected : end && !end.ok ? end.expected : '';
      ctx.addIssue({
        code: 'custom',
        message: reason || 'a date, or two dates joined by "/" such as "2025-02/2025-03"',
      });
      return z.NEVER;
    }
    if (!end) return { start: start.value };
    if (endKey(end.value) <= startKey(start.value)) {
      ctx.addIssue({ code: 'custom', message: 'a span whose second date comes after its first' });
      return z.NEVER;
    }
    return { start: start.value, end: end.value };
  });
