import { z } from 'astro/zod';
import { endKey, parsePartialDate, startKey, type PartialDate } from '../../dates/partial-date.ts';

/** A date known to a precision, or a span between two such dates. */
export type DateOrRange = { start: PartialDate; end?: PartialDate };

function notAString(input: unknown): string {
  // js-yaml reads an unquoted 2025-03-25 as a timestamp and 2025 as a number.
  if (input instanceof Date || typeof input === 'number') {
    return 'the date in double quotes, e.g. "2025-03-25" (unquoted, YAML changes its meaning)';
  }
  return 'a quoted date: "2025-03-25", "2025-03" or "2025"';
}

/**
 * Dates written more precisely than a date field holds, or with a placeholder for
 * the part that is not known: the fix is to write less, never to guess.
 */
function wrongPrecision(text: string): string | undefined {
  const trimmed = text.trim();
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(trimmed);
  if (withTime) {
    return `the date alone, "${withTime[1]}" (an event's time of day goes in its own field: time: "16:30")`;
  }
  const unknownDay = /^(\d{4}-\d{2})-(?:00|0|xx|XX|\?\?)$/.exec(trimmed);
  if (unknownDay) {
    return `the month alone, "${unknownDay[1]}", when the day is not known (the site then shows the month only)`;
  }
  const unknownMonth = /^(\d{4})-(?:00|0|xx|XX|\?\?)(?:-\S*)?$/.exec(trimmed);
  if (unknownMonth) {
    return `the year alone, "${unknownMonth[1]}", when the month is not known (the site then shows the year only)`;
  }
  return undefined;
}

/** A date written "2025-03-25", "2025-03" or "2025"; the precision is what is written. */
export const PartialDateSchema = z
  .string({ error: (issue) => notAString(issue.input) })
  .transform((text, ctx): PartialDate => {
    const precision = wrongPrecision(text);
    if (precision) {
      ctx.addIssue({ code: 'custom', message: precision });
      return z.NEVER;
    }
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.expected });
      return z.NEVER;
    }
    return parsed.value;
  });

/** A date known to the day, "2025-12-05": when something was published, changed or corrected. */
export const DayDateSchema = PartialDateSchema.refine((date) => date.precision === 'day', {
  error: (issue) => {
    const date = issue.input as PartialDate;
    const example = date.precision === 'month' ? `${date.iso}-27` : `${date.iso}-03-27`;
    return `the full date with the day, such as "${example}" (this date is always known to the day)`;
  },
});

/** A date, or a span written "2025-02/2025-03" (ISO 8601 interval), e.g. an "as of" that covers months. */
export const DateOrRangeSchema = z
  .string({ error: (issue) => notAString(issue.input) })
  .transform((text, ctx): DateOrRange => {
    const precision = text
      .split('/')
      .map(wrongPrecision)
      .find((reason) => reason !== undefined);
    if (precision) {
      ctx.addIssue({ code: 'custom', message: precision });
      return z.NEVER;
    }
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
