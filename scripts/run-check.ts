/**
 * The report `npm run check` prints, shared with `npm run new`: every problem,
 * then every warning, then one summary line. Only problems set the exit code.
 */
import { checkToday } from '../src/check/dates.ts';
import { checkContent } from '../src/check/check-content.ts';
import { contentWarnings, missingContact } from '../src/check/content-warnings.ts';
import { formatProblem, sortProblems } from '../src/content/problem.ts';
import { counted } from '../src/util/plural.ts';
import { missingLogEntries } from './lib/updated-unchanged.ts';
import { contentChangesSinceHead } from './git-changes.ts';

/** Checks `<root>/content`, prints the report, and returns the exit code: 1 when there is any problem. */
export function runCheck(root: string, today = checkToday()): number {
  const started = performance.now();
  const checked = checkContent(root, today);
  const { content, site } = checked;
  const git = contentChangesSinceHead(root);
  // A status, figure, date or source changed without a dated note would reach readers unannounced: an error.
  const problems = sortProblems([...checked.problems, ...(git.ok ? missingLogEntries(git.changes, today) : [])]);
  const warnings = sortProblems([...contentWarnings(content, today), ...missingContact(site)]);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  for (const problem of problems) console.error(formatProblem(problem));
  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  if (!git.ok) console.log(`(Not compared with the last commit: ${git.reason}.)`);
  const warned =
    warnings.length > 0
      ? ` ${counted(warnings.length, 'warning')} above: worth a look, but they do not stop publishing.`
      : '';
  if (problems.length > 0) {
    console.error(
      `\n${counted(problems.length, 'problem')} in content/ (checked in ${seconds} s). Nothing is published until they are fixed.${warned}`,
    );
    return 1;
  }
  const tally = Object.entries(content)
    .map(([name, entries]) => `${entries.length} ${name}`)
    .join(', ');
  console.log(`${warnings.length > 0 ? '\n' : ''}content/ is valid: ${tally} (checked in ${seconds} s).${warned}`);
  return 0;
}
