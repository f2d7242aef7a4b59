/**
 * `npm run build`: builds the site into a temporary folder, checks the output,
 * and only then swaps it into place (dist/, or --outDir). A failed build or a
 * failed check leaves the previous good site untouched, so a deploy can never
 * pick up half a site.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, parse, resolve } from 'node:path';
import { waitForLock } from './build-lock.ts';
import { deployConfig } from '../src/site/config.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const target = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
// --force renders every page and body afresh, reusing nothing from earlier builds (Astro's own flag).
const force = args.includes('--force') ? ['--force'] : [];
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

mkdirSync(resolve('.build-staging'), { recursive: true });
// A BASE_URL left in the environment (vitest sets one) would override Astro's own from BASE_PATH.
const env = { ...process.env };
delete env['BASE_URL'];
// The build leaves the ledger with its ids beside its output (from the content index it already holds); see the end.
if (!process.env['CONTENT_ROOT']) env['PENDING_LEDGER'] = pendingLedger;
// Astro starts at once; the git rule below and loading the output check run on the other core meanwhile.
const astro = spawn(join('node_modules', '.bin', 'astro'), ['build', '--outDir', staging, ...force], {
  stdio: 'inherit',
  env,
});
const astroDone = new Promise<number | null>((done) => astro.on('close', done));
const outputCheck = import('./check-output.ts');

// A status, figure, date or source changed since the last commit without a dated log entry never reaches readers.
const unlogged = await (async () => {
  const [{ contentChangesSinceHead }, { missingLogEntries }, { checkToday }] = await Promise.all([
    import('./git-changes.ts'),
    import('./lib/updated-unchanged.ts'),
    import('../src/check/dates.ts'),
  ]);
  const changes = contentChangesSinceHead(resolve(process.env['CONTENT_ROOT'] ?? '.'));
  return changes.ok ? missingLogEntries(changes.changes, checkToday()) : [];
})();
if (unlogged.length > 0) {
  // Stopped before anything it wrote could be used: the staging folder is thrown away.
  astro.kill();
  await astroDone;
  const { formatProblem } = await import('../src/content/problem.ts');
  for (const problem of unlogged) console.error(formatProblem(problem));
  fail(`\n${unlogged.length} change(s) without a log entry; nothing was built, and ${target} is unchanged.`);
}
if ((await astroDone) !== 0) fail(`\nThe build failed; ${target} is unchanged.`);

const { checkBuiltSite } = await outputCheck;
const problems = await checkBuiltSite(staging, deploy.base, deploy.site);
if (problems.length > 0) {
  for (const line of problems) console.error(line);
  fail(`\n${problems.length} problem(s) in the built site; ${target} is unchanged.`);
}

// The old site is moved aside in one rename and deleted by a detached process: deleting a thousand pages
// takes seconds, and the new site is in place already. Leftovers of a killed deletion go the same way.
const previous = `${target}.previous-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
const { dir: parent, base: name } = parse(target);
const old = readdirSync(parent).filter(
  (entry) => entry === `${name}.previous` || entry.startsWith(`${name}.previous-`),
);
if (old.length > 0) {
  const remove = 'for (const dir of process.argv.slice(1)) require("fs").rmSync(dir, { recursive: true, force: true })';
  const args = ['-e', remove, ...old.map((entry) => join(parent, entry))];
  spawn(process.execPath, args, { detached: true, stdio: 'ignore' }).unref();
}
// Ids count as published only once their pages are in place; fixture builds never touch the real ledger.
if (existsSync(pendingLedger)) {
  const { writeLedger } = await import('../src/content/record-ledger.ts');
  if (writeLedger(process.cwd(), readFileSync(pendingLedger, 'utf8')))
    console.log('published-ids.json now records the new ids; commit it with the content.');
}
rmSync(resolve('.build-staging'), { recursive: true, force: true });
console.log(`Built and checked: ${target}`);
