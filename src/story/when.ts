/** How an event's date, and time where known, reads on the page and in markup. */
import type { Event } from '../schemas/event.ts';
import { formatPartialDate, type PartialDate } from '../dates/partial-date.ts';
import {
  formatLocalTime,
  isoOffset,
  offsetLabel,
  utcOffsetMinutes,
  zoneCity,
  type LocalTime,
} from '../dates/zoned-time.ts';

/** The parts of an event that say when it happened. */
export type EventWhen = Pick<Event, 'date' | 'approximate' | 'time' | 'timeZone'>;

/** A date as readers see it and as machines read it. */
export interface When {
  /** The date alone at its precision: "25 March 2025", "March 2025", "about June 2025" when approximate. */
  date: string;
  /** Everything known: "25 March 2025, about 16:30 Port-au-Prince time (UTC−4)". */
  full: string;
  /** A valid HTML datetime value: "2025-03", "2025-03-25", "2025-03-25T16:30-04:00". */
  datetime: string;
}

function withTime(
  date: Extract<PartialDate, { precision: 'day' }>,
  time: LocalTime,
  zone: string,
  approximate: boolean,
): When {
  const offset = utcOffsetMinutes(date, time, zone);
  const around = approximate ? 'about ' : '';
  return {
    date: formatPartialDate(date),
    full: `${formatPartialDate(date)}, ${around}${formatLocalTime(time)} ${zoneCity(zone)} time (${offsetLabel(offset)})`,
    datetime: `${date.iso}T${formatLocalTime(time)}${isoOffset(offset)}`,
  };
}

/** Describes when an event happened, never claiming more precision than the content has. */
export function describeWhen(event: EventWhen): When {
  const { date, approximate, time, timeZone } = event;
  if (time && timeZone && date.precision === 'day') return withTime(date, time, timeZone, approximate);
  // An approximate date keeps its "about" everywhere, compact lists included.
  const text = approximate ? `about ${formatPartialDate(date)}` : formatPartialDate(date);
  return { date: text, full: text, datetime: date.iso };
}
