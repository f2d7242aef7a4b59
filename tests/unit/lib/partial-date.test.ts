import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysInMonth,
  endKey,
  formatDateRange,
  formatPartialDate,
  parsePartialDate,
  type PartialDate,
} from '../../../src/dates/partial-date.ts';

function parse(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.expected}`);
  return result.value;
}

describe('parsePartialDate', () => {
  it.each([
    ['2025-03-25', 'day'],
    ['2025-03', 'month'],
    ['2025', 'year'],
  ])('reads %s at %s precision', (text, precision) => {
    expect(parse(text)).toMatchObject({ precision, iso: text });
  });

  it.each([
    ['2025-02-30', 'a real calendar date (February 2025 has 28 days)'],
    ['2024-02-30', 'a real calendar date (February 2024 has 29 days)'],
    ['2025-04-31', 'a real calendar date (April 2025 has 30 days)'],
    ['2025-13', 'a month between 01 and 12 (found month 13)'],
    ['2025-00-10', 'a month between 01 and 12 (found month 00)'],
  ])('rejects the impossible date %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ ok: false, expected });
  });

  it.each(['25 March 2025', '2025/03/25', '25-03-2025', '2025-3-5', '', 'soon'])('rejects the shape %j', (text) => {
    expect(parsePartialDate(text).ok).toBe(false);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2025-02-29').ok).toBe(false);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2025-03-25', '25 March 2025'],
    ['2025-02-06', '6 February 2025'],
    ['2025-03', 'March 2025'],
    ['2025', '2025'],
  ])('prints %s as %j and never a day that is not known', (text, printed) => {
    expect(formatPartialDate(parse(text))).toBe(printed);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2025-02', '2025-03', 'February–March 2025'],
    ['2024', '2025', '2024–2025'],
    ['2025-02-06', '2025-03-07', '6 February 2025 – 7 March 2025'],
    ['2024-12', '2025-01', 'December 2024 – January 2025'],
  ])('prints %s/%s as %j', (start, end, printed) => {
    expect(formatDateRange(parse(start), parse(end))).toBe(printed);
  });
});

describe('comparePartialDates', () => {
  it('orders by the last day each date could mean, so a month follows the days inside it', () => {
    const dates = ['2025-03-25', '2025-03', '2025-02-23', '2025', '2025-03-10'].map(parse);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '2025-02-23',
      '2025-03-10',
      '2025-03-25',
      '2025-03',
      '2025',
    ]);
  });

  it('puts the day-precise date first when both could end on the same day', () => {
    expect(comparePartialDates(parse('2025-03-31'), parse('2025-03'))).toBeLessThan(0);
    expect(comparePartialDates(parse('2025-12'), parse('2025'))).toBeLessThan(0);
  });
});

describe('endKey', () => {
  it('is the last day a month or year could mean', () => {
    expect(endKey(parse('2024-02'))).toBe('2024-02-29');
    expect(endKey(parse('2025'))).toBe('2025-12-31');
    expect(endKey(parse('2025-03-25'))).toBe('2025-03-25');
  });
});

describe('daysInMonth', () => {
  it('knows leap years', () => {
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 2)]).toEqual([28, 29, 29]);
  });
});
