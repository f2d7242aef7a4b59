/**
 * `npm run bench:check`: how long the content check takes on the real content/
 * and on the valid fixture with 1,000 generated events (in a temporary folder,
 * deleted afterwards). Prints a table; it is a measurement, not a test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/check/check-content.ts';
import { contentWarnings } from '../src/check/content-warnings.ts';

const project = process.cwd();
const EVENTS = 1000;
const RUNS = 5;

/** A valid event that links to the one before it, as real event bodies do. */
function syntheticEvent(index: number): string {
  const day = new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
  const previous = index === 0 ? 'first-event' : `bench-event-${index - 1}`;
  return [
    '---',
    `title: Generated event ${index}`,
    `summary: A generated event for timing the content check.`,
    `date: "${day}"`,
    'place: a-town',
    'section: opening',
    `status: ${index % 10 === 0 ? 'unconfirmed' : 'reported'}`,
    'sources: [first-report, second-report]',
    '---',
    '',
    `It followed [the one before](event:${previous}), says [a report](source:first-report).`,
    '',
  ].join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function measure(label: string, root: string) {
  const first = time(() => checkContent(root));
  const runs = Array.from({ length: RUNS }, () => time(() => checkContent(root)));
  const { content, problems } = checkContent(root);
  const warnings = time(() => contentWarnings(content, '2026-01-01'));
  // The whole `npm run check` process: Node start-up, loading the TypeScript, git, printing.
  const process = time(() =>
    spawnSync(join(project, 'node_modules/.bin/node'), [join(project, 'scripts/check-content.ts')], { cwd: root }),
  );
  const entries = Object.values(content).reduce((sum, list) => sum + list.length, 0);
  return { label, entries, problems: problems.length, first, median: median(runs), warnings, process };
}

/** The content check timed on the real content and on the fixture with 1,000 generated events. */
export function measureCheck() {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-check-'));
  try {
    const synthetic = join(scratch, 'root');
    cpSync(join(project, 'tests/fixtures/valid'), synthetic, { recursive: true });
    for (let i = 0; i < EVENTS; i++) {
      writeFileSync(join(synthetic, 'content/events', `bench-event-${i}.md`), syntheticEvent(i));
    }
    return [measure('real content/', project), measure(`fixture + ${EVENTS.toLocaleString('en')} events`, synthetic)];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The measurements as a table of text cells, header first. */
export function checkTable(rows: ReturnType<typeof measureCheck>): string[][] {
  return [
    ['content', 'entries', 'problems', 'first check', `median of ${RUNS}`, 'warnings', 'npm run check'],
    ...rows.map((r) => [
      r.label,
      String(r.entries),
      String(r.problems),
      seconds(r.first),
      seconds(r.median),
      seconds(r.warnings),
      seconds(r.process),
    ]),
  ];
}

if (import.meta.main) {
  const table = checkTable(measureCheck());
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  console.log('\nTargets: under 3 s on the real content, under 10 s with 1,000 events.');
}
