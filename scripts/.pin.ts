// Prints the problems for broken fixtures, for pinning.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '/work/wt/editor/src/lib/check-content.ts';
import { formatProblem } from '/work/wt/editor/src/lib/problem.ts';
const fixtures = '/work/wt/editor/tests/fixtures';
for (const name of process.argv.slice(2)) {
  const root = join(mkdtempSync(join(tmpdir(), 'pin-')), name);
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  cpSync(join(fixtures, 'broken', name), root, { recursive: true, verbatimSymlinks: true });
  console.log(JSON.stringify([name, checkContent(root, '2026-06-01').problems.map(formatProblem)], null, 2) + ',');
}
