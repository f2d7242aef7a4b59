import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/story/story.ts';
import { headingDate, latestEvents, yearStarts } from '../../../src/story/timeline-view.ts';
import { describeWhen } from '../../../src/story/when.ts';
import { EventSchema, type Event, type EventInput } from '../../../src/schemas/event.ts';

const event = (id: string, date: string, extra: Partial<EventInput> = {}): Entry<Event> => ({
  id,
  data: EventSchema.parse({
    title: id,
    summary: 'Something happened.',
    date,
    place: 'a-town',
    section: 'opening',
    status: 'confirmed',
    sources: ['a-report'],
    ...extra,
  }),
});

describe('headingDate', () => {
  it('puts the day in the heading and the time of day beside it', () => {
    const { data } = event('e', '2025-03-25', {
      time: '16:30',
      timeZone: 'America/Port-au-Prince',
      approximate: true,
    });
    expect(headingDate(describeWhen(data))).toEqual({
      date: '25 March 2025',
      detail: 'about 16:30 Port-au-Prince time (UTC−4)',
    });
  });

  it.each([
    ['2025-03', false, 'March 2025'],
    ['2025-03', true, 'about March 2025'],
    ['2025-03-25', false, '25 March 2025'],
  ])('gives %s (approximate: %s) as "%s" with nothing beside it', (date, approximate, text) => {
    expect(headingDate(describeWhen(event('e', date, { approximate }).data))).toEqual({ date: text });
  });
});

describe('yearStarts', () => {
  it('marks the first event of each year in reading order, and only those', () => {
    const events = [event('a', '2023-07-29'), event('b', '2024-01'), event('c', '2024-03-01'), event('d', '2025')];
    expect([...yearStarts(events)]).toEqual([
      ['a', 2023],
      ['b', 2024],
      ['d', 2025],
    ]);
  });
});

describe('latestEvents', () => {
  it('gives the most recent events, newest first, however many there are', () => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      event(`e-${i}`, new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)),
    );
    expect(latestEvents(events, 3).map((e) => e.id)).toEqual(['e-999', 'e-998', 'e-997']);
  });
});
