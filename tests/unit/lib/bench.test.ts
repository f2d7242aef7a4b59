import { describe, expect, it } from 'vitest';
import {
  budgetReport,
  buildBudgets,
  lighthouseBudgets,
  median,
  pageBudgets,
  passes,
  scaleBudgets,
  table,
} from '../../../scripts/lib/bench.ts';

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

describe('buildBudgets', () => {
  const times = { events: 1000, realCold: 14, scaleCold: 110, imagesCachedRatio: 1.2, oneChangedRatio: 1.4 };
  const verdicts = (t: typeof times) => Object.fromEntries(buildBudgets(t).map((b) => [b.name, passes(b)]));

  it("holds rebuilds to issue 12's ratios: 1.25× with images cached, 1.5× with one event changed", () => {
    expect(verdicts(times)).toMatchObject({
      '1000 events with images cached, vs plain markdown': true,
      '1000 events with one event changed, vs plain markdown': true,
    });
    expect(verdicts({ ...times, imagesCachedRatio: 1.26, oneChangedRatio: 1.51 })).toMatchObject({
      '1000 events with images cached, vs plain markdown': false,
      '1000 events with one event changed, vs plain markdown': false,
    });
  });

  it('holds the real site cold to 15 s and 1,000 events cold to 60 s', () => {
    expect(verdicts(times)).toMatchObject({ 'real site build, cold': true, '1000 events cold, whole build': false });
    expect(verdicts({ ...times, realCold: 16, scaleCold: 59 })).toMatchObject({
      'real site build, cold': false,
      '1000 events cold, whole build': true,
    });
  });
});

describe('pageBudgets', () => {
  const page = { htmlBrotli: 12_000, cssBrotli: 2_000, jsBrotli: 1_400, blocking: 0 };

  it('takes the heaviest page and embed, in KB to one decimal', () => {
    const [pages, embeds, js, blocking] = pageBudgets(
      [page, { ...page, htmlBrotli: 9_000 }],
      [{ ...page, htmlBrotli: 4_000 }],
    );
    expect(pages).toMatchObject({ measured: 13.7, limit: 14 });
    expect(embeds).toMatchObject({ measured: 5.9, limit: 8 });
    expect(js).toMatchObject({ measured: 1.4, limit: 2 });
    expect(blocking).toMatchObject({ measured: 0, limit: 0 });
    expect(pageBudgets([page], [{ ...page, htmlBrotli: 4_000 }]).every(passes)).toBe(true);
    expect(pageBudgets([page], [page]).every(passes)).toBe(false);
  });

  it('fails on one render-blocking request anywhere', () => {
    expect(pageBudgets([page], [{ ...page, htmlBrotli: 4_000, blocking: 1 }]).every(passes)).toBe(false);
  });
});

describe('lighthouseBudgets', () => {
  it('wants 100 in every category and no layout shift, per page', () => {
    const perfect = { path: '/', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0 };
    expect(lighthouseBudgets([perfect]).every(passes)).toBe(true);
    expect(lighthouseBudgets([perfect]).map((b) => b.name)).toHaveLength(5);
    expect(lighthouseBudgets([{ ...perfect, performance: 99 }]).every(passes)).toBe(false);
    expect(lighthouseBudgets([{ ...perfect, cls: 0.01 }]).every(passes)).toBe(false);
  });
});
