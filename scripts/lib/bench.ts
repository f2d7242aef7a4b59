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
