/**
 * Dates that carry their precision. A reporter may know the day ("2025-03-25"),
 * only the month ("2025-03") or only the year ("2025"); the site must never
 * print more than is known, so the precision travels with the value.
 */

/** How much of a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** A calendar date known to day, month or year precision. */
export type PartialDate =
  | { precision: 'year'; year: number; iso: string }
  | { precision: 'month'; year: number; month: number; iso: string }
  | { precision: 'day'; year: number; month: number; day: number; iso: string };

/** Either a value or the reason it could not be read, phrased as what was expected. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const EXPECTED_SHAPE = 'a quoted date: "2025-03-25" (day known), "2025-03" (month known) or "2025" (year known)';

/** Number of days in a month of a year (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** English name of a month (1–12). */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`month ${month} is not between 1 and 12`);
  return name;
}

/** Reads "2025-03-25", "2025-03" or "2025" into a PartialDate; rejects impossible days. */
export function parsePartialDate(text: string): Parsed<PartialDate> {
  const match = DATE_SHAPE.exec(text.trim());
  if (!match) return { ok: false, expected: EXPECTED_SHAPE };
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { ok: true, value: { precision: 'year', year, iso: `${y}` } };
  const month = Number(m);
  if (month < 1 || month > 12) {
    return { ok: false, expected: `a month between 01 and 12 (found month ${m})` };
  }
  if (d === undefined) {
    return { ok: true, value: { precision: 'month', year, month, iso: `${y}-${m}` } };
  }
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      expected: `a real calendar date (${monthName(month)} ${year} has ${last} days)`,
    };
  }
  return { ok: true, value: { precision: 'day', year, month, day, iso: `${y}-${m}-${d}` } };
}

/** A stable sort key: the first day the partial date could mean, as "YYYY-MM-DD". */
export function startKey(date: PartialDate): string {
  const month = date.precision === 'year' ? 1 : date.month;
  const day = date.precision === 'day' ? date.day : 1;
  return `${date.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A key for the last day the partial date could mean, for ordering ranges and "as of" stamps. */
export function endKey(date: PartialDate): string {
  if (date.precision === 'day') return startKey(date);
  const month = date.precision === 'year' ? 12 : date.month;
  const day = daysInMonth(date.year, month);
  return `${date.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Orders partial dates by the last day each could mean, finer precision first on
 * ties: "March 2025" comes after every day in March, since a timeline should not
 * claim a month-dated event happened before the dated ones around it.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byEnd = endKey(a).localeCompare(endKey(b));
  if (byEnd !== 0) return byEnd;
  const rank: Record<Precision, number> = { day: 0, month: 1, year: 2 };
  return rank[a.precision] - rank[b.precision];
}

/** Prints a partial date at exactly its precision: "25 March 2025", "March 2025", "2025". */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return `${monthName(date.month)} ${date.year}`;
    case 'day':
      return `${date.day} ${monthName(date.month)} ${date.year}`;
  }
}

/** The shortest honest wording of a span: "February–March 2025", "2024–2025", "6 February – 7 March 2025". */
export function formatDateRange(start: PartialDate, end: PartialDate): string {
  if (start.precision === 'month' && end.precision === 'month' && start.year === end.year) {
    return `${monthName(start.month)}–${monthName(end.month)} ${end.year}`;
  }
  if (start.precision === 'year' && end.precision === 'year') return `${start.year}–${end.year}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}
