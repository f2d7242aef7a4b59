import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, localDay } from '../../../src/dates/calendar-days.ts';

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-07', 6, '2025-07-07'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-10-15', 3, '2026-01-15'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when the second day is earlier', () => {
    expect(daysBetween('2025-03-25', '2025-04-24')).toBe(30);
    expect(daysBetween('2025-04-24', '2025-03-25')).toBe(-30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('localDay', () => {
  it('gives the calendar day of a moment in the local time zone', () => {
    expect(localDay(new Date(2025, 2, 5, 23, 59))).toBe('2025-03-05');
  });
});
