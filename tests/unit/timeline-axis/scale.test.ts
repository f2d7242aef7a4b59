import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../../src/dates/partial-date.ts';
import {
  dateSpan,
  dayNumber,
  linearScale,
  monthCount,
  monthDomain,
  monthOf,
} from '../../../src/timeline-axis/scale.ts';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed.ok) throw new Error(iso);
  return parsed.value;
};

describe('dateSpan', () => {
  it.each([
    ['2025-03-25', 'day', 1],
    ['2025-02', 'month', 28],
    ['2024-02', 'month (leap year)', 29],
    ['2025-12', 'month at the end of a year', 31],
    ['2024', 'year (leap)', 366],
    ['2025', 'year', 365],
  ])('covers %s (%s) with %i days, never a made-up single day', (iso, _, days) => {
    const span = dateSpan(date(iso));
    expect(span.end - span.start).toBe(days);
    expect(monthOf(span.start)).toEqual({ year: date(iso).year, month: iso.length > 4 ? Number(iso.slice(5, 7)) : 1 });
  });
});

describe('monthDomain', () => {
  it.each([
    ['a single day', ['2025-03-25'], '2025-03-01', '2025-04-01', 1],
    ['a single month', ['2025-06'], '2025-06-01', '2025-07-01', 1],
    ['a single year', ['2024'], '2024-01-01', '2025-01-01', 12],
    ['events spanning years', ['2025-12-08', '2023-07-29', '2024-06-25'], '2023-07-01', '2026-01-01', 30],
    ['a year-dated event beside days', ['2025-03-25', '2024'], '2024-01-01', '2025-04-01', 15],
  ])('covers %s with whole months', (_, isos, start, end, months) => {
    const domain = monthDomain(isos.map((iso) => dateSpan(date(iso))));
    const day = (text: string) => dayNumber(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8)));
    expect(domain).toEqual({ start: day(start), end: day(end) });
    expect(monthCount(domain)).toBe(months);
  });

  it('refuses an axis with no dates', () => {
    expect(() => monthDomain([])).toThrow(RangeError);
  });
});

describe('linearScale', () => {
  it('puts the domain between from and from + length, linearly', () => {
    const domain = { start: 100, end: 200 };
    const scale = linearScale(domain, 10, 500);
    expect([scale(100), scale(150), scale(200)]).toEqual([10, 260, 510]);
  });
});
