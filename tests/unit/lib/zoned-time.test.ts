import { describe, expect, it } from 'vitest';
import {
  isIanaTimeZone,
  isoOffset,
  offsetLabel,
  parseLocalTime,
  utcOffsetMinutes,
  zoneCity,
} from '../../../src/dates/zoned-time.ts';

describe('parseLocalTime', () => {
  it('reads a 24-hour time', () => {
    expect(parseLocalTime('16:30')).toEqual({ ok: true, value: { hour: 16, minute: 30 } });
  });
  it.each(['4:30', '24:00', '16:60', '4.30pm', ''])('rejects %j', (text) => {
    expect(parseLocalTime(text).ok).toBe(false);
  });
});

describe('isIanaTimeZone', () => {
  it.each(['America/Port-au-Prince', 'Africa/Nairobi', 'America/Argentina/Buenos_Aires'])('accepts %s', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(true);
  });
  it.each(['EST', '-04:00', 'UTC-4', 'America/Atlantis', 'Haiti'])('rejects %s', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
  });
});

describe('utcOffsetMinutes', () => {
  // Haiti's daylight saving has come and gone by year; the zone database knows, we never store offsets.
  describe.each([
    ['America/Port-au-Prince', { year: 2025, month: 3, day: 25 }, -240],
    ['America/Port-au-Prince', { year: 2025, month: 1, day: 15 }, -300],
    ['America/Port-au-Prince', { year: 2016, month: 7, day: 1 }, -300],
    ['America/Port-au-Prince', { year: 2017, month: 7, day: 1 }, -240],
    ['Africa/Nairobi', { year: 2025, month: 3, day: 25 }, 180],
    ['Africa/Nairobi', { year: 2025, month: 9, day: 25 }, 180],
  ])('%s on %o', (zone, day, minutes) => {
    it(`is ${minutes} minutes from UTC at noon`, () => {
      expect(utcOffsetMinutes(day, { hour: 12, minute: 0 }, zone)).toBe(minutes);
    });
  });

  it('uses the offset in force after a spring-forward change on the same day', () => {
    // Haiti moved to daylight time at 02:00 on 9 March 2025.
    expect(utcOffsetMinutes({ year: 2025, month: 3, day: 9 }, { hour: 1, minute: 0 }, 'America/Port-au-Prince')).toBe(
      -300,
    );
    expect(utcOffsetMinutes({ year: 2025, month: 3, day: 9 }, { hour: 12, minute: 0 }, 'America/Port-au-Prince')).toBe(
      -240,
    );
  });
});

describe('offset formatting', () => {
  it.each([
    [-240, '-04:00', 'UTC−4'],
    [180, '+03:00', 'UTC+3'],
    [330, '+05:30', 'UTC+5:30'],
    [0, '+00:00', 'UTC'],
  ])('%i minutes is %s in markup and %s for readers', (minutes, iso, label) => {
    expect(isoOffset(minutes)).toBe(iso);
    expect(offsetLabel(minutes)).toBe(label);
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/Port-au-Prince')).toBe('Port-au-Prince');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});
