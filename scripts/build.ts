/**
 * `npm run build`: builds the site into a temporary folder, checks the output,
 * and only then swaps it into place (dist/, or --outDir). A failed build or a
 * failed check leaves the previous good site untouched, so a deploy can never
 * pick up half a site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitForLock } from './build-lock.ts';
import { checkBuiltSite } from './check-output.ts';
import { contentChangesSinceHead } from './git-changes.ts';
import { checkToday } from '../src/check/dates.ts';
import { formatProblem } from '../src/content/problem.ts';
import { missingLogEntries } from './lib/updated-unchanged.ts';
import { deployConfig } from '../src/site/config.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const target = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
const staging = resolve('.build-staging', `${process.pid}`);
const pendingLedger = `${staging}.published-ids.json`;
const fail = (message: string): never => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(pendingLedger, { force: true });
  console.error(message);
  process.exit(1);
};

const release = await waitForLock(resolve('.build.lock'), {
  onWait: (holder) =>
    console.error(`Another build (pid ${holder}) is running in this folder; waiting for it to finish.`),
});
if (!release) fail('Gave up waiting for the other build; delete .build.lock if no build is running.');
process.on('exit', () => release?.());
// Fixture builds (CONTENT_ROOT) are for tests and never published.
const deploy = deployConfig(process.env);
if (deploy.siteIsDefault && !process.env['CONTENT_ROOT']) {
  console.warn(`SITE_URL is not set: canonical, preview-image and feed URLs will point at ${deploy.site}.`);
}

// A status, figure, date or source changed since the last commit without a dated log entry never reaches readers.
const changes = contentChangesSinceHead(resolve(process.env['CONTENT_ROOT'] ?? '.'));
const unlogged = changes.ok ? missingLogEntries(changes.changes, checkToday()) : [];
if (unlogged.length > 0) {
  for (const problem of unlogged) console.error(formatProblem(problem));
  fail(`\n${unlogged.length} change(s) without a log entry; nothing was built, and ${target} is unchanged.`);
}

mkdirSync(resolve('.build-staging'), { recursive: true });
// A BASE_URL left in the environment (vitest sets one) would override Astro's own from BASE_PATH.
const env = { ...process.env };
delete env['BASE_URL'];
// The build leaves the ledger with its ids beside its output (from the content index it already holds); see the end.
if (!process.env['CONTENT_ROOT']) env['PENDING_LEDGER'] = pendingLedger;
const astro = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', staging], {
  stdio: 'inherit',
  env,
});
if (astro.status !== 0) fail(`\nThe build failed; ${target} is unchanged.`);

const problems = await checkBuiltSite(staging, deploy.base, deploy.site);
if (problems.length > 0) {
  for (const line of problems) console.error(line);
  fail(`\n${problems.length} problem(s) in the built site; ${target} is unchanged.`);
}

const previous = `${target}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
// Ids count as published only once their pages are in place; fixture builds never touch the real ledger.
if (existsSync(pendingLedger)) {
  const { writeLedger } = await import('../src/content/record-ledger.ts');
  if (writeLedger(process.cwd(), readFileSync(pendingLedger, 'utf8')))
    console.log('published-ids.json now records the new ids; commit it with the content.');
}
rmSync(resolve('.build-staging'), { recursive: true, force: true });
console.log(`Built and checked: ${target}`);
