/** How the timeline lays its events out for scanning: the date in the heading, year markers, the latest few. */
import type { Event } from '../schemas/event.ts';
import { compareEvents, type Entry } from './story.ts';
import type { When } from './when.ts';

/** An event's date as its heading carries it, and what else is known (a time of day) shown beside it. */
export interface HeadingDate {
  /** "25 March 2025", "around March 2025": the words in the heading. */
  date: string;
  /** "around 16:30 Port-au-Prince time (UTC−4)", when the event has a time. */
  detail?: string;
}

/** Splits an event's `when` into the date its heading carries and the time of day shown under it. */
export function headingDate(when: When): HeadingDate {
  const prefix = `${when.date}, `;
  if (when.full.startsWith(prefix)) return { date: when.date, detail: when.full.slice(prefix.length) };
  return { date: when.full };
}

/** The ids of the events that open a new year, in reading order (the first event always does), with that year. */
export function yearStarts(events: readonly Entry<Event>[]): Map<string, number> {
  const starts = new Map<string, number>();
  let year: number | undefined;
  for (const event of events) {
    if (event.data.date.year !== year) {
      year = event.data.date.year;
      starts.set(event.id, year);
    }
  }
  return starts;
}

/** How many of the latest events the front page lists; the time axis and /timeline/ have the rest. */
export const FRONT_PAGE_EVENTS = 5;

/** The `count` most recent events, newest first, so the front page stays small however long the story grows. */
export function latestEvents<T extends Entry<Event>>(events: readonly T[], count: number): T[] {
  return [...events].sort((a, b) => compareEvents(b, a)).slice(0, count);
}
