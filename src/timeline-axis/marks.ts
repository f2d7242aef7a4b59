/**
 * One mark per event, stacked in lanes so no two overlap; or, when there are
 * too many for that, one mark per stretch of months with how many events it holds.
 */
import { comparePartialDates, formatDateRange, formatPartialDate, type PartialDate } from '../dates/partial-date.ts';
import type { Status } from '../schemas/fields/status.ts';
import { assignLanes, type Interval } from './lanes.ts';
import { dateSpan, type DaySpan } from './scale.ts';

/** What the axis needs of an event. */
export interface AxisEvent {
  id: string;
  title: string;
  date: PartialDate;
  /** The date as the site prints it at its precision, with "around" when the date itself is an estimate. */
  dateText: string;
  /** The date itself (not only a time of day) is an estimate. */
  approximate: boolean;
  status: Status;
  section: string;
}

/** A mark before it is turned into drawing coordinates: stretches along the axis and a lane. */
export interface LaneMark {
  kind: 'day' | 'span' | 'group';
  /** The event it links to: the earliest one of a group. */
  target: string;
  /** Its accessible name and tooltip. */
  label: string;
  approximate: boolean;
  /** Not (yet) confirmed: drawn open rather than filled. */
  open: boolean;
  count: number;
  /** The stretch a reader can point at (at least `target` long) and the stretch drawn. */
  hit: Interval;
  shape: Interval;
  lane: number;
}

/** An event's name on the axis: its date as printed, its title, and its status unless confirmed. */
export function eventLabel(event: AxisEvent): string {
  const status = event.status === 'confirmed' ? '' : ` (${event.status})`;
  return `${event.dateText}: ${event.title}${status}`;
}

/** Events in date order, ties kept in the order given. */
export function chronological<T extends { date: PartialDate }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date));
}

/** A stretch of at least `min` centred on [start, end], kept inside [0, limit]. */
export function widen(start: number, end: number, min: number, limit: number): Interval {
  const length = Math.max(end - start, min);
  const from = Math.min(Math.max((start + end - length) / 2, 0), Math.max(limit - length, 0));
  return { start: from, end: from + length };
}

/** Sizes, in pixels along the axis. */
export interface MarkSizes {
  /** Smallest stretch a pointer can hit (24 px, WCAG 2.2 target size). */
  target: number;
  /** Drawn size of a one-day dot. */
  dot: number;
  /** Where the axis ends (positions run from 0). */
  limit: number;
}

/** One mark per event, in date order, each in the lowest lane where it overlaps nothing. */
export function eventMarks(events: readonly AxisEvent[], scale: (day: number) => number, sizes: MarkSizes): LaneMark[] {
  const placed = chronological(events).map((event) => {
    const span = dateSpan(event.date);
    const start = scale(span.start);
    const end = scale(span.end);
    const day = event.date.precision === 'day';
    return {
      kind: day ? ('day' as const) : ('span' as const),
      target: event.id,
      label: eventLabel(event),
      approximate: event.approximate,
      open: event.status !== 'confirmed',
      count: 1,
      hit: widen(start, end, sizes.target, sizes.limit),
      shape: day ? widen(start, end, sizes.dot, sizes.limit) : widen(start, end, sizes.dot / 2, sizes.limit),
      lane: 0,
    };
  });
  const lanes = assignLanes(placed.map((mark) => mark.hit));
  return placed.map((mark, index) => ({ ...mark, lane: lanes[index] ?? 0 }));
}

/** A month as a count from year 0, so stretches of months are plain arithmetic. */
const monthIndex = (date: PartialDate) => date.year * 12 + (date.precision === 'year' ? 0 : date.month - 1);
const monthDate = (index: number): PartialDate => {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { precision: 'month', year, month, iso: `${year}-${String(month).padStart(2, '0')}` };
};

/** The words for a group of months: "March 2025", "January–March 2025", "2025", "2024–2025". */
export function monthsText(first: number, months: number): string {
  const last = first + months - 1;
  if (months === 1) return formatPartialDate(monthDate(first));
  if (months % 12 === 0 && first % 12 === 0) {
    const year = (i: number): PartialDate => ({ precision: 'year', year: Math.floor(i / 12), iso: '' });
    return months === 12 ? String(first / 12) : formatDateRange(year(first), year(last));
  }
  return formatDateRange(monthDate(first), monthDate(last));
}

/** A stretch of `months` calendar-aligned months holding events; dated-only-to-a-year events get one of their own when months < 12. */
export interface Bin {
  key: string;
  span: DaySpan;
  label: string;
  events: AxisEvent[];
}

/** Groups events into calendar-aligned stretches of `months` months (1, 2, 3, 6 or a multiple of 12). */
export function binEvents(events: readonly AxisEvent[], months: number): Bin[] {
  const bins = new Map<string, Bin>();
  for (const event of chronological(events)) {
    const yearOnly = event.date.precision === 'year' && months < 12;
    const first = yearOnly ? monthIndex(event.date) : Math.floor(monthIndex(event.date) / months) * months;
    const length = yearOnly ? 12 : months;
    const key = `${yearOnly ? 'y' : 'm'}${first}`;
    const bin = bins.get(key) ?? {
      key,
      span: { start: dateSpan(monthDate(first)).start, end: dateSpan(monthDate(first + length - 1)).end },
      label: yearOnly ? `Dated only to ${first / 12}` : monthsText(first, length),
      events: [],
    };
    bin.events.push(event);
    bins.set(key, bin);
  }
  return [...bins.values()].sort((a, b) => a.span.start - b.span.start || a.key.localeCompare(b.key));
}

/** One mark per bin, in lanes; a bin of one event is named as that event. */
export function groupMarks(bins: readonly Bin[], scale: (day: number) => number, sizes: MarkSizes): LaneMark[] {
  const placed = bins.map((bin) => {
    const [first] = bin.events;
    if (!first) throw new Error(`bin ${bin.key} is empty`);
    const shape = { start: scale(bin.span.start), end: scale(bin.span.end) };
    const count = bin.events.length;
    return {
      kind: 'group' as const,
      target: first.id,
      label: count === 1 ? eventLabel(first) : `${bin.label}: ${count} events`,
      approximate: false,
      open: false,
      count,
      hit: widen(shape.start, shape.end, sizes.target, sizes.limit),
      shape,
      lane: 0,
    };
  });
  const lanes = assignLanes(placed.map((mark) => mark.hit));
  return placed.map((mark, index) => ({ ...mark, lane: lanes[index] ?? 0 }));
}
