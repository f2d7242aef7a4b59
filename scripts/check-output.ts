/**
 * `node scripts/check-output.ts [dir]`: checks a built site (dist/ by default):
 * links, fragments, ids, page basics (src/lib/output-check.ts) and HTML
 * validity (html-validate's recommended rules). Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { checkOutput, type BuiltPage } from '../src/lib/output-check.ts';

/** Checks one built folder; returns the problem lines. */
export async function checkBuiltSite(dir: string, base: string, origin: string): Promise<string[]> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  const pages: BuiltPage[] = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
  const lines = checkOutput(pages, new Set(files), base, origin).map((p) => `${p.file}: ${p.message}`);
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements as <meta …> and the compiler's output is not ours to restyle.
      'void-style': 'off',
      // Long headlines and summaries are content; line length is not a validity question.
      'long-title': 'off',
    },
  });
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages)
        lines.push(`${page.file}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
    }
  }
  return lines;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const origin = process.env['SITE_URL'] ?? 'http://localhost:4321';
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
