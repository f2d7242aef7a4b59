/**
 * Wall-clock times in a named IANA zone. Offsets are never stored: Haiti's
 * daylight-saving rules changed from year to year, so the offset for a given
 * day is computed from the zone database when the page is built.
 */
import type { Parsed } from './partial-date.ts';

/** A time of day as an editor wrote it, 24-hour clock. */
export interface LocalTime {
  hour: number;
  minute: number;
}

const TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const IANA_SHAPE = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

/** Reads "16:30" (24-hour, two digits each) into a LocalTime. */
export function parseLocalTime(text: string): Parsed<LocalTime> {
  const match = TIME_SHAPE.exec(text.trim());
  if (!match) return { ok: false, expected: 'a quoted 24-hour time such as "16:30"' };
  return { ok: true, value: { hour: Number(match[1]), minute: Number(match[2]) } };
}

/** True for a zone name the runtime's zone database knows, in Area/City form ("America/Port-au-Prince"). */
export function isIanaTimeZone(zone: string): boolean {
  if (!IANA_SHAPE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Offset from UTC, in minutes, that a zone had at a UTC instant. */
function offsetAt(instantMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instantMs) / 60_000);
}

/** Offset from UTC, in minutes, of a wall-clock time on a calendar day in a zone. */
export function utcOffsetMinutes(
  day: { year: number; month: number; day: number },
  time: LocalTime,
  zone: string,
): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  // The offset at the guessed instant may differ from the offset at the real one
  // across a DST change; a second pass settles it.
  const first = offsetAt(wall, zone);
  return offsetAt(wall - first * 60_000, zone);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "16:30". */
export function formatLocalTime(time: LocalTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** "-04:00", as a machine-readable datetime needs it. */
export function isoOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "UTC−4" or "UTC+5:30", for readers (a true minus sign). */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60 === 0 ? '' : `:${pad(abs % 60)}`;
  return `UTC${sign}${Math.floor(abs / 60)}${rest}`;
}

/** The city part of a zone name, for readers: "America/Port-au-Prince" → "Port-au-Prince". */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}
