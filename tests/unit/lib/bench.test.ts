import { describe, expect, it } from 'vitest';
import { budgetReport, median, passes, scaleBudgets, table } from '../../../scripts/lib/bench.ts';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %o is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('is NaN for no values rather than a made-up number', () => {
    expect(median([])).toBeNaN();
  });
});

describe('passes', () => {
  it('holds a maximum and a minimum', () => {
    expect(passes({ name: 'x', measured: 14, limit: 14, kind: 'max', unit: '' })).toBe(true);
    expect(passes({ name: 'x', measured: 15, limit: 14, kind: 'max', unit: '' })).toBe(false);
    expect(passes({ name: 'x', measured: 99, limit: 100, kind: 'min', unit: '' })).toBe(false);
  });
});

describe('table', () => {
  it('pads columns, first to the left and the rest to the right', () => {
    expect(
      table(
        ['page', 'bytes'],
        [
          ['/', 12],
          ['/timeline/', 3456],
        ],
      ),
    ).toBe('page        bytes\n----------  -----\n/              12\n/timeline/   3456');
  });
  it('says PASS or FAIL per budget', () => {
    expect(budgetReport([{ name: 'html', measured: 9, limit: 14, kind: 'max', unit: ' KB' }])).toContain('PASS');
  });
});

describe('scaleBudgets', () => {
  it('holds / and the heaviest event page to 14 KB and /timeline/ to 100 KB, in KB to one decimal', () => {
    const budgets = scaleBudgets({ home: 13_000, timeline: 90_000, heaviestEvent: 15_000 }, 1023);
    expect(budgets.map((b) => [b.name, b.measured, b.limit, passes(b)])).toEqual([
      ['/ with 1023 events (brotli)', 12.7, 14, true],
      ['heaviest event page with 1023 events (brotli)', 14.6, 14, false],
      ['/timeline/ with 1023 events (brotli)', 87.9, 100, true],
    ]);
  });
});
