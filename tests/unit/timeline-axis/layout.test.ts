import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/timeline-axis/frame.ts';
import { layoutAxis, LANE, type AxisLayout } from '../../../src/timeline-axis/layout.ts';
import { axisVariants } from '../../../src/timeline-axis/variants.ts';
import { axisEvent, generatedEvents } from './events.ts';

const sections = [
  { id: 'one', title: 'Background: the mission' },
  { id: 'two', title: 'The first casualty' },
  { id: 'three', title: 'What happened next' },
];

const stories = {
  'a single event': [axisEvent('only', '2025-03-25')],
  'day, month and year precision': [
    axisEvent('day', '2024-05-02'),
    axisEvent('month', '2024-09', { section: 'two' }),
    axisEvent('year', '2025', { section: 'three' }),
  ],
  'an approximate month': [axisEvent('a', '2025-06', { approximate: true }), axisEvent('b', '2025-01-10')],
  'a dense cluster': [
    '2025-03-25',
    '2025-03-26',
    '2025-03-26',
    '2025-03-31',
    '2025-03',
    '2025-04-06',
    '2025-03-10',
  ].map((iso, i) => axisEvent(`c${i}`, iso, { section: i < 4 ? 'two' : 'three' })),
  'events spanning years': ['2023-07-29', '2023-10-02', '2024-01-26', '2024-06-25', '2025-09-25', '2025-12-08'].map(
    (iso, i) => axisEvent(`s${i}`, iso, { section: i < 3 ? 'one' : 'three' }),
  ),
  '1,000 generated events': generatedEvents(1000, 'two'),
};

const variants = [true, false].flatMap((compact) =>
  axisVariants(compact).map((v) => ({ ...v, compact, label: `${compact ? 'compact' : 'full'} ${v.name}` })),
);
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: Box, layout: AxisLayout) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height;

describe.each(variants)('layoutAxis, $label drawing', ({ options }) => {
  describe.each(Object.entries(stories))('%s', (name, events) => {
    const layout = layoutAxis(events, sections, options);

    it('draws one mark per event, or bounded groups that count every event', () => {
      const counted = layout.marks.reduce((sum, m) => sum + m.count, 0);
      expect(counted).toBe(events.length);
      if (layout.mode === 'events') {
        expect(layout.marks.map((m) => m.target).sort()).toEqual(events.map((e) => e.id).sort());
      } else {
        expect(layout.marks.length).toBeLessThanOrEqual(Math.ceil(options.width / LANE) + 2);
      }
    });

    it('uses groups only when there are too many events to draw one by one', () => {
      expect(layout.mode).toBe(name === '1,000 generated events' ? 'groups' : 'events');
    });

    it('gives every mark a target of at least 24 × 24 px, and no two overlap', () => {
      for (const mark of layout.marks) {
        expect(mark.hit.width).toBeGreaterThanOrEqual(LANE);
        expect(mark.hit.height).toBeGreaterThanOrEqual(LANE);
        for (const other of layout.marks) if (other !== mark) expect(overlaps(mark.hit, other.hit)).toBe(false);
      }
    });

    it('keeps marks, bands and labels inside the drawing', () => {
      for (const mark of layout.marks) expect(inside(mark.hit, layout), mark.label).toBe(true);
      for (const band of layout.bands) expect(inside(band.box, layout), band.title).toBe(true);
      for (const label of layout.labels) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x).toBeLessThanOrEqual(layout.width);
        expect(label.y).toBeLessThanOrEqual(layout.height);
      }
    });

    it('has a band for each section with events, numbered in reading order', () => {
      const used = sections.filter((s) => events.some((e) => e.section === s.id));
      expect(layout.bands.map((b) => b.id)).toEqual(used.map((s) => s.id));
      expect(layout.bands.map((b) => b.number)).toEqual(used.map((s) => sections.indexOf(s) + 1));
    });

    it('names the first and last months of the axis', () => {
      expect(layout.from).toMatch(/^[A-Z][a-z]+ \d{4}$/);
      expect(layout.to).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    });
  });
});

describe('layoutAxis', () => {
  const [wide] = axisVariants(false);
  const options = wide.options;

  it('draws a year-dated event across the whole year', () => {
    const layout = layoutAxis([axisEvent('y', '2024'), axisEvent('d', '2025-12-31')], sections, options);
    const year = layout.marks.find((m) => m.target === 'y');
    const ticks = layout.lines.filter((l) => l.kind === 'year').map((l) => l.x1);
    expect(year?.kind).toBe('span');
    expect(year?.shape.x).toBe(ticks[0]);
    expect((year?.shape.x ?? 0) + (year?.shape.width ?? 0)).toBe(ticks[1]);
  });

  it('writes a wide band’s title in it and a narrow band’s number only', () => {
    const layout = layoutAxis(stories['day, month and year precision'], sections, options);
    expect(layout.labels.filter((l) => l.kind === 'band').map((l) => l.text)).toEqual([
      '1',
      '2',
      '3 What happened next',
    ]);
  });

  it('runs time downwards in the vertical drawing, across in the horizontal one', () => {
    const events = stories['events spanning years'];
    const [, tall] = axisVariants(false);
    const across = layoutAxis(events, sections, options).marks.map((m) => m.hit.x);
    const down = layoutAxis(events, sections, tall.options).marks.map((m) => m.hit.y);
    expect(across).toEqual([...across].sort((a, b) => a - b));
    expect(down).toEqual([...down].sort((a, b) => a - b));
    expect(layoutAxis(events, sections, tall.options).width).toBe(tall.options.width);
  });

  it('keeps the compact drawings the same size with 1,000 events as with 2,000', () => {
    for (const variant of axisVariants(true)) {
      const small = layoutAxis(generatedEvents(1000), sections, variant.options);
      const large = layoutAxis(generatedEvents(2000), sections, variant.options);
      expect(large.marks.length).toBe(small.marks.length);
      expect(large.height).toBe(small.height);
    }
  });
});
