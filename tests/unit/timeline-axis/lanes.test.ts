import { describe, expect, it } from 'vitest';
import { assignLanes, laneCount, type Interval } from '../../../src/timeline-axis/lanes.ts';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('assignLanes', () => {
  it.each([
    ['nothing', [], []],
    ['a single interval', [iv(0, 24)], [0]],
    ['intervals apart', [iv(0, 24), iv(30, 54)], [0, 0]],
    ['intervals that touch', [iv(0, 24), iv(24, 48)], [0, 0]],
    ['two that overlap', [iv(0, 24), iv(10, 34)], [0, 1]],
    ['a dense cluster', [iv(0, 24), iv(2, 26), iv(4, 28), iv(6, 30)], [0, 1, 2, 3]],
    ['a long span under short ones', [iv(0, 100), iv(10, 34), iv(40, 64)], [0, 1, 1]],
    ['input out of order', [iv(40, 64), iv(0, 50), iv(10, 34)], [1, 0, 1]],
    ['touching after rounding error', [iv(0, 0.1 + 0.2), iv(0.3, 1)], [0, 0]],
  ])('places %s', (_, intervals, lanes) => {
    expect(assignLanes(intervals)).toEqual(lanes);
  });

  it('never puts overlapping intervals in one lane, and uses no more lanes than the most overlapping at a point', () => {
    // A fixed pseudo-random sequence, so the test is repeatable.
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const intervals = Array.from({ length: 40 }, () => {
        const start = Math.floor(next() * 300);
        return iv(start, start + 24 + Math.floor(next() * 40));
      });
      const lanes = assignLanes(intervals);
      intervals.forEach((a, i) =>
        intervals.forEach((b, j) => {
          if (i < j && lanes[i] === lanes[j]) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        }),
      );
      const depth = Math.max(
        ...intervals.map((p) => intervals.filter((q) => q.start <= p.start && p.start < q.end).length),
      );
      expect(laneCount(lanes)).toBe(depth);
    }
  });
});
