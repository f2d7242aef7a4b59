import { describe, expect, it } from 'vitest';
import { binEvents, eventLabel, eventMarks, groupMarks, monthsText } from '../../../src/timeline-axis/marks.ts';
import { dateSpan, linearScale, monthDomain } from '../../../src/timeline-axis/scale.ts';
import { axisEvent, generatedEvents } from './events.ts';

const sizes = { target: 24, dot: 12, limit: 720 };

describe('eventLabel', () => {
  it.each([
    [axisEvent('a', '2025-03-25'), '2025-03-25: Title of a'],
    [axisEvent('b', '2025-06', { status: 'reported' }), '2025-06: Title of b (reported)'],
    [axisEvent('c', '2025', { status: 'disputed' }), '2025: Title of c (disputed)'],
  ])('names %# by its date, its title and any status short of confirmed', (event, label) => {
    expect(eventLabel(event)).toBe(label);
  });
});

describe('eventMarks', () => {
  const place = (events: ReturnType<typeof axisEvent>[]) => {
    const domain = monthDomain(events.map((e) => dateSpan(e.date)));
    const scale = linearScale(domain, 12, 696);
    return { marks: eventMarks(events, scale, sizes), scale };
  };

  it.each([
    ['2025-03-25', 'day', 1],
    ['2025-03', 'span', 31],
    ['2025', 'span', 365],
  ])('draws %s as a %s over the %i days it could mean', (iso, kind, days) => {
    const event = axisEvent('x', iso);
    const { marks, scale } = place([event, axisEvent('edge', '2023-01-01')]);
    const mark = marks.find((m) => m.target === 'x');
    const span = dateSpan(event.date);
    expect(mark?.kind).toBe(kind);
    if (kind === 'span') {
      expect(mark?.shape.start).toBeCloseTo(scale(span.start));
      expect(mark?.shape.end).toBeCloseTo(scale(span.start + days));
    } else {
      expect(((mark?.shape.start ?? 0) + (mark?.shape.end ?? 0)) / 2).toBeCloseTo(scale(span.start + 0.5));
    }
    expect((mark?.hit.end ?? 0) - (mark?.hit.start ?? 0)).toBeGreaterThanOrEqual(24);
  });

  it('keeps an approximate date approximate and an unconfirmed one open', () => {
    const { marks } = place([axisEvent('a', '2025-06', { approximate: true, status: 'unconfirmed' })]);
    expect(marks[0]).toMatchObject({ approximate: true, open: true });
  });

  it('stacks a dense cluster so no two marks in a lane overlap, in date order', () => {
    const events = ['2025-03-26', '2025-03-25', '2025-03-26', '2025-03-31', '2025-03', '2025-04-06', '2023-07-29'].map(
      (iso, i) => axisEvent(`e${i}`, iso),
    );
    const { marks } = place(events);
    expect(marks.map((m) => m.target)).toEqual(['e6', 'e1', 'e0', 'e2', 'e3', 'e4', 'e5']);
    for (const a of marks)
      for (const b of marks)
        if (a !== b && a.lane === b.lane) expect(a.hit.end <= b.hit.start || b.hit.end <= a.hit.start).toBe(true);
    expect(Math.max(...marks.map((m) => m.lane))).toBeGreaterThanOrEqual(4);
  });

  it('places a single event in the first lane, inside the axis', () => {
    const { marks } = place([axisEvent('only', '2025-01-01')]);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.lane).toBe(0);
    expect(marks[0]?.hit.start).toBeGreaterThanOrEqual(0);
  });
});

describe('monthsText', () => {
  it.each([
    [2025 * 12 + 2, 1, 'March 2025'],
    [2025 * 12, 3, 'January–March 2025'],
    [2024 * 12 + 10, 3, 'November 2024 – January 2025'],
    [2025 * 12, 12, '2025'],
    [2024 * 12, 24, '2024–2025'],
  ])('reads months from %i, %i long, as "%s"', (first, months, text) => {
    expect(monthsText(first, months)).toBe(text);
  });
});

describe('binEvents and groupMarks', () => {
  it('counts events per calendar quarter, and names a group by its months and count', () => {
    const bins = binEvents(generatedEvents(365), 3);
    expect(bins.map((b) => b.events.length)).toEqual([90, 91, 92, 92]);
    const domain = monthDomain(bins.map((b) => b.span));
    const marks = groupMarks(bins, linearScale(domain, 12, 264), { ...sizes, limit: 288 });
    expect(marks.map((m) => m.label)).toEqual([
      'January–March 2025: 90 events',
      'April–June 2025: 91 events',
      'July–September 2025: 92 events',
      'October–December 2025: 92 events',
    ]);
    expect(marks.map((m) => m.target)).toEqual([
      'bench-event-1',
      'bench-event-91',
      'bench-event-182',
      'bench-event-274',
    ]);
  });

  it('gives events dated only to a year their own group, and names a group of one as its event', () => {
    const bins = binEvents([axisEvent('y', '2025'), axisEvent('m', '2025-02')], 1);
    expect(bins.map((b) => b.label)).toEqual(['Dated only to 2025', 'February 2025']);
    const marks = groupMarks(bins, linearScale(monthDomain(bins.map((b) => b.span)), 12, 696), sizes);
    expect(marks.map((m) => m.label)).toEqual(['2025: Title of y', '2025-02: Title of m']);
    expect(marks.map((m) => m.lane)).toEqual([0, 1]);
  });
});
