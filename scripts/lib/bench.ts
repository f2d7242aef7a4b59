/** Pure helpers for `npm run bench`: medians, budgets and the printed table. */

/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One budget line: what was measured against what is allowed. */
export interface Budget {
  name: string;
  measured: number;
  limit: number;
  /** 'max': measured must not exceed limit; 'min': measured must reach it. */
  kind: 'max' | 'min';
  unit: string;
}

/** Whether a budget holds. */
export const passes = (budget: Budget): boolean =>
  budget.kind === 'max' ? budget.measured <= budget.limit : budget.measured >= budget.limit;

/** A plain-text table with a header row, columns padded to fit. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** "PASS"/"FAIL" lines for a list of budgets. */
export function budgetReport(budgets: readonly Budget[]): string {
  return table(
    ['budget', 'measured', 'limit', 'result'],
    budgets.map((b) => [
      b.name,
      `${b.measured}${b.unit}`,
      `${b.kind === 'max' ? '≤' : '≥'} ${b.limit}${b.unit}`,
      passes(b) ? 'PASS' : 'FAIL',
    ]),
  );
}

/** Brotli HTML+CSS of the pages that grow with the story, in bytes. */
export interface ScaleSizes {
  home: number;
  timeline: number;
  heaviestEvent: number;
}

/** The budgets for a story of `events` events: `/` and every event page within 14 KB, `/timeline/` under 100 KB. */
export function scaleBudgets(sizes: ScaleSizes, events: number): Budget[] {
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return [
    { name: `/ with ${events} events (brotli)`, measured: kb(sizes.home), limit: 14, kind: 'max', unit: ' KB' },
    {
      name: `heaviest event page with ${events} events (brotli)`,
      measured: kb(sizes.heaviestEvent),
      limit: 14,
      kind: 'max',
      unit: ' KB',
    },
    {
      name: `/timeline/ with ${events} events (brotli)`,
      measured: kb(sizes.timeline),
      limit: 100,
      kind: 'max',
      unit: ' KB',
    },
  ];
}

/** Build times of one benchmark run: seconds, and ratios to the plain-markdown build of as many pages. */
export interface BuildTimes {
  events: number;
  realCold: number;
  scaleCold: number;
  imagesCachedRatio: number;
  oneChangedRatio: number;
}

/** The build budgets: issue 12's ratios for a rebuild with nothing or one event changed, and the cold builds. */
export function buildBudgets(times: BuildTimes): Budget[] {
  const { events } = times;
  return [
    { name: 'real site build, cold', measured: times.realCold, limit: 15, kind: 'max', unit: ' s' },
    {
      name: `${events} events with images cached, vs plain markdown`,
      measured: times.imagesCachedRatio,
      limit: 1.25,
      kind: 'max',
      unit: '×',
    },
    {
      name: `${events} events with one event changed, vs plain markdown`,
      measured: times.oneChangedRatio,
      limit: 1.5,
      kind: 'max',
      unit: '×',
    },
    { name: `${events} events cold, whole build`, measured: times.scaleCold, limit: 60, kind: 'max', unit: ' s' },
  ];
}

/** Lighthouse's four scores for one page, and its layout shift. */
export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
}

/** Every page measured scores 100 in all four categories and shifts nothing. */
export function lighthouseBudgets(pages: readonly LighthouseScores[]): Budget[] {
  return pages.flatMap((l): Budget[] => [
    { name: `Lighthouse performance ${l.path}`, measured: l.performance, limit: 100, kind: 'min', unit: '' },
    { name: `Lighthouse accessibility ${l.path}`, measured: l.accessibility, limit: 100, kind: 'min', unit: '' },
    { name: `Lighthouse best practices ${l.path}`, measured: l.bestPractices, limit: 100, kind: 'min', unit: '' },
    { name: `Lighthouse SEO ${l.path}`, measured: l.seo, limit: 100, kind: 'min', unit: '' },
    { name: `CLS ${l.path}`, measured: l.cls, limit: 0, kind: 'max', unit: '' },
  ]);
}

/** What the page budgets read of one built page, in bytes. */
export interface PageBytes {
  htmlBrotli: number;
  cssBrotli: number;
  jsBrotli: number;
  /** Stylesheets and classic scripts the page must load before it shows. */
  blocking: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The first round trip: every page's HTML+CSS within 14 KB, an embed's within 8 KB, JS under 2 KB, nothing blocking. */
export function pageBudgets(pages: readonly PageBytes[], embeds: readonly PageBytes[]): Budget[] {
  const first = (w: PageBytes) => w.htmlBrotli + w.cssBrotli;
  const all = [...pages, ...embeds];
  return [
    {
      name: 'HTML+CSS of the heaviest page (brotli)',
      measured: kb(Math.max(...pages.map(first))),
      limit: 14,
      kind: 'max',
      unit: ' KB',
    },
    {
      name: 'HTML+CSS of the heaviest embed page (brotli)',
      measured: kb(Math.max(...embeds.map(first))),
      limit: 8,
      kind: 'max',
      unit: ' KB',
    },
    {
      name: 'JS on any page (brotli)',
      measured: kb(Math.max(...all.map((w) => w.jsBrotli))),
      limit: 2,
      kind: 'max',
      unit: ' KB',
    },
    {
      name: 'render-blocking requests beyond the HTML',
      measured: Math.max(...all.map((w) => w.blocking)),
      limit: 0,
      kind: 'max',
      unit: '',
    },
  ];
}
