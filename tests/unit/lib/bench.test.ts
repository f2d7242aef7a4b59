import { describe, expect, it } from 'vitest';
import { budgetReport, median, passes, table } from '../../../src/lib/bench.ts';

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
