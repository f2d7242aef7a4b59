/**
 * `npm run check`: validates all of content/ without building the site and
 * prints one line per problem. Exits 1 when there is any.
 */
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/problem.ts';

const started = performance.now();
const { problems, content } = checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const problem of problems) console.error(formatProblem(problem));
const counted = Object.entries(content)
  .map(([name, entries]) => `${entries.length} ${name}`)
  .join(', ');
if (problems.length > 0) {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  console.error(
    `\n${problems.length} ${noun} in content/ (checked in ${seconds} s). Nothing is published until they are fixed.`,
  );
  process.exitCode = 1;
} else {
  console.log(`content/ is valid: ${counted} (checked in ${seconds} s).`);
}
