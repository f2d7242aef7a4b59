/**
 * Astro's incremental build copies a page from the last build when the page's
 * code and its key (src/data/page-key.ts) are unchanged. A copy that should
 * have changed would publish old news, so after each kind of edit a build
 * that may reuse pages must give exactly the bytes of a clean build
 * (`astro build --force`) of the same content. The content is a scratch copy
 * of the real story.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const root = join(work, 'root');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the scratch content into `name`; returns Astro's log. */
function build(name: string, force = false): string {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_ROOT: root, SITE_URL: 'https://example.org' };
  delete env['BASE_URL'];
  const args = ['build', '--outDir', join(work, name), ...(force ? ['--force'] : [])];
  const result = spawnSync(join(project, 'node_modules/.bin/astro'), args, { cwd: project, env, encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

/** Files of the two builds whose bytes differ, or that only one of them has. */
function differences(a: string, b: string): string[] {
  const files = (dir: string) =>
    readdirSync(join(work, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(work, dir).length + 1))
      .sort();
  const [left, right] = [files(a), files(b)];
  const only = [...left.filter((f) => !right.includes(f)), ...right.filter((f) => !left.includes(f))];
  const changed = left.filter(
    (f) => right.includes(f) && !readFileSync(join(work, a, f)).equals(readFileSync(join(work, b, f))),
  );
  return [...only, ...changed];
}

/** Replaces the first line of a content file that starts with `field:`. */
function edit(file: string, field: string, value: string): void {
  const path = join(root, 'content', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${JSON.stringify(value)}`);
  expect(next, `${file} has no ${field}:`).not.toBe(text);
  writeFileSync(path, next);
}

const restored = (log: string) => log.split('\n').filter((line) => line.includes('(restored)')).length;

describe('incremental builds', () => {
  beforeAll(() => {
    cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(project, 'published-ids.json'), join(root, 'published-ids.json'));
    build('first', true);
  }, 120_000);

  // Each edit, and whether most pages stay as they were (a site rename changes every page).
  const cases: [string, () => void, boolean][] = [
    // Its neighbours' links, its section, the timeline, the front page, its embed, oEmbed and preview.
    [
      'an event is renamed',
      () => edit('events/kaetuai-killed.md', 'title', 'Kaetuai killed (renamed for a test)'),
      true,
    ],
    // The date read out beside every link to it from another entry's text.
    ['an event that others link to moves a day', () => edit('events/kaetuai-killed.md', 'date', '2025-02-24'), true],
    // Every event there, their embeds and the map's labels.
    ['a place is renamed', () => edit('places/kajiado.yaml', 'name', 'Kajiado (renamed for a test)'), true],
    // Every event and fact that cites it.
    [
      'a source changes publisher',
      () => edit('sources/afp-court-ruling.yaml', 'publisher', 'A renamed publisher'),
      true,
    ],
    // The kicker of each of its events and its own pages.
    ['a section is renamed', () => edit('sections/the-first-casualty.md', 'title', 'A renamed section'), true],
    // Every page's title and header.
    ['the site is renamed', () => edit('site.yaml', 'name', 'A renamed site'), false],
  ];

  it.each(cases)(
    'after %s, reuses unchanged pages and matches a clean build byte for byte',
    (_, change, mostlyReused) => {
      change();
      const log = build('incremental');
      // Most pages must have been reused, or this would compare two clean builds.
      if (mostlyReused) expect(restored(log)).toBeGreaterThan(50);
      build('clean', true);
      expect(differences('incremental', 'clean')).toEqual([]);
    },
    240_000,
  );
});
