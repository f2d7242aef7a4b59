import { describe, expect, it } from 'vitest';
import { axisTicks, monthLabelStep, monthTicks, yearTicks } from '../../../src/timeline-axis/ticks.ts';
import { dayNumber, linearScale } from '../../../src/timeline-axis/scale.ts';

const domain = (y1: number, m1: number, y2: number, m2: number) => ({
  start: dayNumber(y1, m1, 1),
  end: dayNumber(y2, m2, 1),
});

describe('monthLabelStep', () => {
  it.each([
    [40, 30, 1],
    [24, 30, 3],
    [9.6, 30, 6],
    [4, 30, undefined],
    [16, 20, 3],
  ])('labels every k-th month when a month is %d px and labels need %d px: %s', (length, spacing, step) => {
    expect(monthLabelStep(length, spacing)).toBe(step);
  });
});

describe('monthTicks and yearTicks', () => {
  const d = domain(2023, 7, 2024, 5);
  const ticks = monthTicks(d, linearScale(d, 0, 1000), 3);

  it('has one tick per month, each starting where the previous ends', () => {
    expect(ticks).toHaveLength(10);
    ticks.slice(1).forEach((tick, i) => expect(tick.start).toBe(ticks[i]?.end));
    expect(ticks.at(-1)?.end).toBe(1000);
  });

  it('labels calendar quarters, not every third month from the start', () => {
    expect(ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['Jul', 'Oct', 'Jan', 'Apr']);
  });

  it('marks each year at its first month, the first year where the axis starts', () => {
    expect(yearTicks(ticks).map((t) => t.year)).toEqual([2023, 2024]);
    expect(yearTicks(ticks)[0]?.at).toBe(0);
  });
});

describe('axisTicks', () => {
  const frame = { axisAt: 100, top: 4, pad: 12, width: 288 };

  it('drops the label of a part-year at the start when the next year follows too closely (horizontal)', () => {
    const d = domain(2023, 12, 2025, 1);
    const ticks = axisTicks(d, linearScale(d, 12, 264), { ...frame, orientation: 'horizontal', along: 264 });
    expect(ticks.labels.filter((l) => l.kind === 'year').map((l) => l.text)).toEqual(['2024']);
  });

  it('keeps it when there is room', () => {
    const d = domain(2023, 7, 2026, 1);
    const ticks = axisTicks(d, linearScale(d, 12, 696), { ...frame, orientation: 'horizontal', along: 696 });
    expect(ticks.labels.filter((l) => l.kind === 'year').map((l) => l.text)).toEqual(['2023', '2024', '2025']);
  });

  it('gives a vertical axis one label column: a year takes the row of its first month', () => {
    const d = domain(2024, 1, 2025, 1);
    const ticks = axisTicks(d, linearScale(d, 8, 192), { ...frame, axisAt: 40, orientation: 'vertical', along: 192 });
    expect(ticks.labels.map((l) => l.text)).toEqual(['Apr', 'Jul', 'Oct', '2024']);
    expect(new Set(ticks.labels.map((l) => l.x))).toEqual(new Set([35]));
    expect(new Set(ticks.labels.map((l) => l.y)).size).toBe(4);
  });

  it('never writes a label past the right edge', () => {
    const d = domain(2024, 1, 2025, 11);
    const ticks = axisTicks(d, linearScale(d, 12, 264), { ...frame, orientation: 'horizontal', along: 264 });
    for (const label of ticks.labels) expect(label.x + label.text.length * 12 * 0.62).toBeLessThanOrEqual(288);
  });
});
