/**
 * Dates to positions on a true time axis. Every partial date becomes the whole
 * run of days it could mean (a day, a month, a year), so a month-precise event
 * is drawn across its month, never pinned to a made-up day.
 */
import { daysInMonth, type PartialDate } from '../dates/partial-date.ts';

const DAY_MS = 86_400_000;

/** A run of whole days as day numbers since 1970-01-01: start inclusive, end exclusive. */
export interface DaySpan {
  start: number;
  end: number;
}

/** A month as year and month (1–12). */
export interface YearMonth {
  year: number;
  month: number;
}

/** Days since 1970-01-01 of a calendar day (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The month a day number falls in. */
export function monthOf(day: number): YearMonth {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The month after a month. */
export function nextMonth({ year, month }: YearMonth): YearMonth {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** Every day a partial date could mean: one day, a whole month or a whole year. */
export function dateSpan(date: PartialDate): DaySpan {
  switch (date.precision) {
    case 'day': {
      const start = dayNumber(date.year, date.month, date.day);
      return { start, end: start + 1 };
    }
    case 'month':
      return {
        start: dayNumber(date.year, date.month, 1),
        end: dayNumber(date.year, date.month, daysInMonth(date.year, date.month) + 1),
      };
    case 'year':
      return { start: dayNumber(date.year, 1, 1), end: dayNumber(date.year + 1, 1, 1) };
  }
}

/** The whole months that cover every span: from the first day of the earliest one's month to the end of the latest one's. */
export function monthDomain(spans: readonly DaySpan[]): DaySpan {
  if (spans.length === 0) throw new RangeError('a time axis needs at least one date');
  const first = monthOf(Math.min(...spans.map((s) => s.start)));
  const last = monthOf(Math.max(...spans.map((s) => s.end)) - 1);
  const after = nextMonth(last);
  return { start: dayNumber(first.year, first.month, 1), end: dayNumber(after.year, after.month, 1) };
}

/** Number of months in a month-aligned domain. */
export function monthCount(domain: DaySpan): number {
  const first = monthOf(domain.start);
  const last = monthOf(domain.end - 1);
  return (last.year - first.year) * 12 + last.month - first.month + 1;
}

/** A linear map from day numbers to positions: the domain's start at `from`, its end at `from + length`. */
export function linearScale(domain: DaySpan, from: number, length: number): (day: number) => number {
  const perDay = length / (domain.end - domain.start);
  return (day) => from + (day - domain.start) * perDay;
}
