/** Axis events for the layout tests, written as date strings. */
import { parsePartialDate } from '../../../src/dates/partial-date.ts';
import type { AxisEvent } from '../../../src/timeline-axis/marks.ts';
import type { Status } from '../../../src/schemas/fields/status.ts';

/** An axis event dated by `iso` ("2025-03-25", "2025-03" or "2025"). */
export function axisEvent(
  id: string,
  iso: string,
  options: { section?: string; status?: Status; approximate?: boolean } = {},
): AxisEvent {
  const parsed = parsePartialDate(iso);
  if (!parsed.ok) throw new Error(`bad test date ${iso}`);
  return {
    id,
    title: `Title of ${id}`,
    date: parsed.value,
    dateText: iso,
    approximate: options.approximate ?? false,
    status: options.status ?? 'confirmed',
    section: options.section ?? 'one',
  };
}

/** `count` day-dated events spread over 2025, as the build benchmark generates them. */
export function generatedEvents(count: number, section = 'one'): AxisEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    return axisEvent(`bench-event-${i + 1}`, day, { section });
  });
}
