/**
 * An editor's status change on a copy of the fixture site, committed to its own
 * git repository: without a log entry the check and the build refuse it; with
 * one, the built event page, feed, sitemap and structured data all show it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'update-log-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const root = join(scratch, 'site');
cpSync(join(project, 'tests/fixtures/valid'), root, { recursive: true });
const git = (...args: string[]) =>
  spawnSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    encoding: 'utf8',
  });
git('init', '--quiet');
git('add', '.');
git('commit', '--quiet', '-m', 'fixture');
// The check reads the map data from the project's packages, resolved from the folder it checks.
symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));

const eventFile = join(root, 'content/events/second-event.md');
const original = readFileSync(eventFile, 'utf8');
const confirmed = original
  .replace('status: reported', 'status: confirmed')
  .replace('statusNote: one account only\n', '');
const withLog = confirmed.replace(
  'sources: [second-report, third-report, fourth-report]\n',
  'sources: [second-report, third-report, fourth-report]\nlog:\n  - date: "2025-04-10"\n    kind: update\n    note: "A [fourth report](source:fourth-report) confirms it."\n    previous: reported\n',
);
const env: NodeJS.ProcessEnv = { ...process.env, CHECK_TODAY: '2026-06-01', SITE_URL: 'https://news.example' };
delete env['BASE_URL'];

const check = () =>
  spawnSync(process.execPath, [join(project, 'scripts/check-content.ts')], { cwd: root, env, encoding: 'utf8' });
const build = (out: string) =>
  spawnSync(process.execPath, [join(project, 'scripts/build.ts'), '--outDir', out], {
    cwd: project,
    env: { ...env, CONTENT_ROOT: root },
    encoding: 'utf8',
  });

describe('a status change on the fixture site', () => {
  it(
    'fails the check and the build without a log entry, and the message shows the entry to add',
    { timeout: 60_000 },
    () => {
      writeFileSync(eventFile, confirmed);
      const checked = check();
      expect(checked.status).toBe(1);
      expect(checked.stderr).toContain(
        'content/events/second-event.md: status: found "confirmed" at line 8 ("reported" in the last commit), with no new log entry',
      );
      expect(checked.stderr).toContain('- date: "2026-06-01"');
      expect(checked.stderr).toContain('previous: "reported"');
      const built = build(join(scratch, 'refused'));
      expect(built.status).toBe(1);
      expect(built.stderr).toContain('1 change(s) without a log entry; nothing was built');
    },
  );

  it(
    'passes with a log entry, and the page, feed, sitemap and structured data show the change',
    { timeout: 240_000 },
    () => {
      writeFileSync(eventFile, withLog);
      expect(check().status).toBe(0);
      const out = join(scratch, 'dist');
      const built = build(out);
      expect(built.status, built.stderr).toBe(0);
      const read = (path: string) => readFileSync(join(out, path), 'utf8');

      const page = read('timeline/second-event/index.html');
      expect(page).toMatch(
        /<li id="second-event-update-1"[^>]*><strong[^>]*>Updated <time datetime="2025-04-10"[^>]*>10 April 2025<\/time>:<\/strong> A <a href="\/sources\/#fourth-report">fourth report<\/a> confirms it\. \(previously reported, now confirmed\.\)<\/li>/,
      );
      expect(page).toContain('<meta property="article:modified_time" content="2025-04-10">');
      expect(read('timeline/index.html')).toContain('href="/timeline/second-event/#second-event-update-1"');

      const feed = read('rss.xml');
      expect(feed).toContain(
        '<item><title>Updated 10 April 2025: The second event</title><link>https://news.example/timeline/second-event/#second-event-update-1</link><guid isPermaLink="true">https://news.example/timeline/second-event/#second-event-update-1</guid>',
      );
      expect(feed).toContain('<lastBuildDate>Thu, 10 Apr 2025 12:00:00 GMT</lastBuildDate>');

      const sitemap = read('sitemap-0.xml');
      expect(sitemap).toContain(
        '<loc>https://news.example/timeline/second-event/</loc><lastmod>2025-04-10T00:00:00.000Z</lastmod>',
      );
      expect(sitemap).toContain('<loc>https://news.example/</loc><lastmod>2025-04-10T00:00:00.000Z</lastmod>');

      const home = read('index.html');
      expect(home).toContain('"dateModified":"2025-04-10"');
      expect(home).toContain('href="/timeline/second-event/#second-event-update-1"');
      expect(read('timeline/index.html')).toContain('"dateModified":"2025-04-10"');
    },
  );
});
