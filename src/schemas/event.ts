import { z } from 'astro/zod';
import { isIanaTimeZone, parseLocalTime, type LocalTime } from '../lib/zoned-time.ts';
import { IdListSchema, IdSchema } from './id.ts';
import { PartialDateSchema } from './partial-date.ts';
import { StatusSchema } from './status.ts';
import { plainText } from './text.ts';

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
    /** What happened, as a short headline, e.g. "Kenyan officer missing after Pont-Sondé ambush". */
    title: plainText('a short headline', 140),
    /** One or two sentences for link previews and the timeline in brief. */
    summary: plainText('a one- or two-sentence summary', 300),
    /** When: "2025-03-25" if the day is known, "2025-03" if only the month, "2025" if only the year. */
    date: PartialDateSchema,
    /** true when the most precise part given is an estimate: the time if one is given ("around 16:30"), otherwise the date ("around June 2025"). */
    approximate: z.boolean({ error: 'true or false' }).default(false),
    /** Local time at the place, 24-hour "16:30"; only with a day-precise date and a timeZone. */
    time: TimeSchema.optional(),
    /** The IANA zone of that local time, e.g. "America/Port-au-Prince". Never an offset. */
    timeZone: z.string({ error: ZONE_EXPECTED }).refine(isIanaTimeZone, { error: ZONE_EXPECTED }).optional(),
    /** Where it happened: a place id from content/places. */
    place: IdSchema,
    /** Which timeline section it belongs to: a section id from content/sections. */
    section: IdSchema,
    /** How well established it is: confirmed, reported, unconfirmed or disputed. */
    status: StatusSchema,
    /** A short qualifier shown after the status, e.g. "the death toll is disputed". */
    statusNote: plainText('a short qualifier', 120).optional(),
    /** The sources that support it: at least one source id from content/sources. */
    sources: IdListSchema.min(1, { error: 'at least one source id (every event needs a source)' }),
    /** Old ids this event had, so links to them keep working. */
    aliases: IdListSchema.default([]),
    /** When this entry last changed in substance: "2025-12-05". */
    updated: PartialDateSchema.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.time && event.date.precision !== 'day') {
      ctx.addIssue({ code: 'custom', path: ['time'], message: 'no time unless the date gives the day' });
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
