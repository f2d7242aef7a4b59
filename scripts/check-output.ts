/**
 * `node scripts/check-output.ts [dir]`: checks a built site (dist/ by default):
 * links, fragments, ids, page basics (scripts/lib/output-check.ts) and HTML
 * validity (html-validate's recommended rules). Exits 1 on any problem.
 */
import { deployConfig } from '../src/site/config.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSite } from './lib/output-check.ts';
import { checkPages } from './output-check/check-pages.ts';

/** Where results for pages already checked are kept between builds; CHECK_CACHE_DIR moves it (the benchmark does). */
export const checkCacheFile = () =>
  join(resolve(process.env['CHECK_CACHE_DIR'] ?? 'node_modules/.cache/output-check'), 'pages.json');

/** Checks one built folder; returns the problem lines. */
export async function checkBuiltSite(
  dir: string,
  base: string,
  origin: string,
  cacheFile: string | undefined = checkCacheFile(),
): Promise<string[]> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
  const checked = (await checkPages(pages, cacheFile)).map((result, i) => ({ file: pages[i]?.file ?? '', ...result }));
  const facts = new Map(checked.map(({ file, facts }) => [file, facts]));
  const lines = checkSite(facts, new Set(files), base, origin).map((p) => `${p.file}: ${p.message}`);
  for (const { file, messages } of checked) lines.push(...messages.map((m) => `${file}:${m}`));
  return lines;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const { base, site: origin } = deployConfig(process.env);
  const started = performance.now();
  const lines = await checkBuiltSite(dir, base, origin);
  for (const line of lines) console.error(line);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (lines.length > 0) {
    console.error(`\n${lines.length} problem(s) in ${dir}/ (checked in ${seconds} s).`);
    process.exitCode = 1;
  } else {
    console.log(`${dir}/ passes the output checks (${seconds} s).`);
  }
}
