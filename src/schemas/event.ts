import { z } from 'astro/zod';
import { isIanaTimeZone, parseLocalTime, type LocalTime } from '../dates/zoned-time.ts';
import { IdListSchema, IdSchema } from './fields/id.ts';
import { documented } from './fields/field-doc.ts';
import { logField } from './log.ts';
import { PartialDateSchema } from './fields/partial-date.ts';
import { StatusSchema } from './fields/status.ts';
import { plainText } from './fields/text.ts';

const TIME_EXPECTED = 'a quoted 24-hour time such as "16:30"';
const ZONE_EXPECTED = 'an IANA time zone such as "America/Port-au-Prince" or "Africa/Nairobi"';

const TimeSchema = z.string({ error: TIME_EXPECTED }).transform((text, ctx): LocalTime => {
  const parsed = parseLocalTime(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.expected });
    return z.NEVER;
  }
  return parsed.value;
});

/** One dated event on the timeline. The file name is its id, e.g. `content/events/kaetuai-killed.md`. */
export const EventSchema = z
  .strictObject({
    title: documented(plainText('a short headline', 140), {
      description: 'What happened, as a short headline.',
      example: 'Kenyan officer missing after gang ambush near Pont-Sondé',
    }),
    summary: documented(plainText('a one- or two-sentence summary', 300), {
      description: 'One or two sentences for link previews and the timeline in brief.',
      example:
        "Almost a week after the ambush, Kenya's Inspector General of Police said the search for the missing officer was still going on.",
    }),
    date: documented(PartialDateSchema, {
      description:
        'When it happened: "2025-03-25" if the day is known, "2025-03" if only the month, "2025" if only the year.',
      example: '"2025-03-25"',
    }),
    approximate: documented(z.boolean({ error: 'true or false' }).default(false), {
      description:
        'true when the most precise part given is an estimate: the time if one is given ("about 16:30"), otherwise the date ("about June 2025").',
      example: 'true',
    }),
    time: documented(TimeSchema.optional(), {
      description: 'Local time at the place, 24-hour; only with a day-precise date and a timeZone.',
      example: '"16:30"',
    }),
    timeZone: documented(
      z.string({ error: ZONE_EXPECTED }).refine(isIanaTimeZone, { error: ZONE_EXPECTED }).optional(),
      {
        description:
          'The time zone of that local time: America/Port-au-Prince for Haiti, Africa/Nairobi for Kenya. Never an offset such as -04:00.',
        example: 'America/Port-au-Prince',
      },
    ),
    place: documented(IdSchema, {
      description: 'Where it happened: a place id (a file name in content/places, without .yaml).',
      example: 'pont-sonde',
    }),
    section: documented(IdSchema, {
      description: 'Which timeline section it belongs to: a section id (a file name in content/sections, without .md).',
      example: 'the-pont-sonde-ambush',
    }),
    status: documented(StatusSchema, {
      description: 'How well established it is; the site shows it in words, with what it means.',
      example: 'confirmed',
    }),
    statusNote: documented(plainText('a short qualifier', 120).optional(), {
      description:
        'What the status does and does not cover, shown with the status everywhere it appears ("Confirmed: that the council said so"). Do not start it with the status word.',
      example: 'that the council said so',
    }),
    sources: documented(IdListSchema.min(1, { error: 'at least one source id (every event needs a source)' }), {
      description: 'The sources that support it: at least one source id from content/sources.',
      example: '[capitalfm-missing, reuters-missing, bbc-missing]',
    }),
    aliases: documented(IdListSchema.default([]), {
      description: 'Old ids this event had before it was renamed, so links to them keep working.',
      example: '[officer-missing]',
    }),
    log: logField,
  })
  .superRefine((event, ctx) => {
    const note = event.statusNote?.toLowerCase() ?? '';
    if (note === event.status || note.startsWith(`${event.status} `) || note.startsWith(`${event.status}:`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusNote'],
        message: `a note that does not start with "${event.status}" (the site already shows "${event.status}:" before it); drop the word`,
      });
    }
    if (event.time && event.date.precision !== 'day') {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: 'no time unless the date gives the day; add the day to the date, or remove the time line',
      });
    }
    if (event.time && !event.timeZone) {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: `${ZONE_EXPECTED} beside the time` });
    }
    if (event.timeZone && !event.time) {
      ctx.addIssue({ code: 'custom', path: ['time'], message: `${TIME_EXPECTED} (a timeZone is given without one)` });
    }
  });

/** An event as stored after validation. */
export type Event = z.output<typeof EventSchema>;
/** An event as an editor writes it. */
export type EventInput = z.input<typeof EventSchema>;
