import { z } from 'astro/zod';
import { documented } from './fields/field-doc.ts';
import { DayDateSchema } from './fields/partial-date.ts';
import { parseRef, RefSchema } from './fields/ref.ts';
import { plainText } from './fields/text.ts';

/** What a log entry records: a new development, a mistake put right, or a vague line made precise. */
export const LOG_KINDS = ['update', 'correction', 'clarification'] as const;

/** One kind of log entry. */
export type LogKind = (typeof LOG_KINDS)[number];

// Markdown links [words](target); in a note only cross-references (event:…, source:…) may be targets.
const LINK = /\[([^\]]*)\]\(([^)]*)\)/gu;
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const NOTE_EXPECTED = 'one sentence on one line, at most 600 characters';

/** The note of a log entry: one line of text whose only links are cross-references such as [the ruling](event:…). */
export const LogNoteSchema = z
  .string({ error: `${NOTE_EXPECTED}, as text` })
  .trim()
  .min(1, { error: `${NOTE_EXPECTED} (it is empty)` })
  .max(600, { error: NOTE_EXPECTED })
  .refine((s) => !CONTROL.test(s), { error: `${NOTE_EXPECTED}, without control or direction-override characters` })
  .refine((s) => [...s.matchAll(LINK)].every((m) => m[1]?.trim() && parseRef(m[2] ?? '')), {
    error: `${NOTE_EXPECTED}, whose links are cross-references only: [words](event:<id>), [words](fact:<id>), [words](source:<id>) or [words](section:<id>)`,
  });

const logFields = {
  date: documented(DayDateSchema, {
    description:
      "The day the change was made on the site, never in the future and never before the entry's own date; it moves the entry's and the site's \"Updated\" stamps.",
    example: '"2025-12-09"',
  }),
  kind: documented(z.enum(LOG_KINDS, { error: LOG_KINDS.join(', ') }), {
    description:
      'update when the story moved on (a status confirmed, a source added); correction when the site was wrong; clarification when it was vague or incomplete.',
    example: 'update',
  }),
  note: documented(LogNoteSchema, {
    description:
      'What changed, in one sentence; cross-references such as [the ruling](event:high-court-blocks-deployment) become links.',
    example: 'A second report of the search was added, so the status is now confirmed.',
  }),
  previous: documented(plainText('the earlier status or value, in words', 120).optional(), {
    description:
      'The earlier status or value in words, shown as "previously …"; leave it out when nothing was replaced (a source added).',
    example: 'reported',
  }),
  settledBy: documented(
    z
      .array(RefSchema, { error: 'a list such as ["event:mss-authorised"]' })
      .min(1, { error: 'at least one event or fact that settles it, or no settledBy line' })
      .optional(),
    {
      description: 'The events or facts that settle it, each written `event:<id>` or `fact:<id>`; optional.',
      example: '[event:ambush-officer-missing]',
    },
  ),
};

/** One dated entry of an entry's update log. */
export const LogEntrySchema = z.strictObject(logFields);

/** One dated entry of the article's log; notes about the text as first published quote the words they concern. */
export const ArticleLogEntrySchema = z.strictObject({
  ...logFields,
  quote: documented(plainText('the article words it concerns, copied exactly', 300).optional(), {
    description:
      'For a correction or clarification of the text as first published: its words, copied exactly; the note is then marked at those words and listed under "Corrections and clarifications".',
    example: 'in the town of Pont-Sondé',
  }),
});

/** The `log` field of events, facts and sections: oldest first, only ever appended. */
export const logField = documented(z.array(LogEntrySchema, { error: 'a list of log entries' }).default([]), {
  description:
    'What changed since the entry was first published, oldest first, only ever appended (each entry\'s place is its anchor); each item has the fields below. Its latest date is the entry\'s "Updated" date.',
});

/** Fields that are gone, and what to write instead (the check says this instead of "unknown field"). */
export const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  updated:
    'no "updated" line: the date is now derived from the log. Delete the line and add a dated log entry saying what changed (see EDITING.md, "The update log")',
  corrections:
    'no "corrections" list: corrections are now entries of "log", each with date, kind, note (the old "text") and quote (see EDITING.md, "The update log")',
};

/** A log entry as stored after validation. */
export type LogEntry = z.output<typeof LogEntrySchema>;
/** A log entry as an editor writes it. */
export type LogEntryInput = z.input<typeof LogEntrySchema>;
/** An article log entry as stored after validation. */
export type ArticleLogEntry = z.output<typeof ArticleLogEntrySchema>;
