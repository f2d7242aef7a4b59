import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '../..');
const fixtures = join(project, 'tests/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'site-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `npm run build`'s script into `outDir`, from a content root, with extra environment. */
function build(outDir: string, contentRoot: string | undefined, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: project,
    env: { ...process.env, ...(contentRoot ? { CONTENT_ROOT: contentRoot } : {}), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file under a folder with its SHA-256, for comparing builds byte for byte. */
function digest(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

describe('npm run build', () => {
  it('gives byte-identical output when run twice on the same content', () => {
    const first = build(join(scratch, 'one'), undefined);
    const second = build(join(scratch, 'two'), undefined);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = digest(join(scratch, 'one'));
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(digest(join(scratch, 'two'))).toEqual(a);
  }, 120_000);

  it('leaves the previous site untouched when a content file is broken', () => {
    const out = join(scratch, 'atomic');
    const good = build(out, join(fixtures, 'valid'));
    expect(good.status, good.output).toBe(0);
    const before = digest(out);
    const broken = join(scratch, 'broken-root');
    cpSync(join(fixtures, 'valid'), broken, { recursive: true });
    cpSync(join(fixtures, 'broken', 'bad-date'), broken, { recursive: true });
    const bad = build(out, broken);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('content/events/first-event.md: date: found "2025-02-30"');
    expect(bad.output).toContain('is unchanged');
    expect(digest(out)).toEqual(before);
  }, 120_000);

  it('works under a sub-path: every link, asset, canonical, preview and feed URL carries the base', () => {
    const out = join(scratch, 'sub-path');
    const result = build(out, undefined, { SITE_URL: 'https://example.org', BASE_PATH: '/explainer/' });
    // scripts/build.ts runs the output checks with this base, so a link outside /explainer/ fails the build.
    expect(result.status, result.output).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://example.org/explainer/">');
    expect(home).toContain('content="https://example.org/explainer/previews/home.png"');
    expect(home).toContain('href="/explainer/timeline/#kaetuai-killed"');
    expect(home).not.toMatch(/(?:href|src)="\/(?!explainer\/)/);
    const event = readFileSync(join(out, 'timeline/kaetuai-killed/index.html'), 'utf8');
    expect(event).toContain('content="https://example.org/explainer/previews/timeline/kaetuai-killed.png"');
    expect(event).not.toMatch(/(?:href|src)="\/(?!explainer\/)/);
    const feed = readFileSync(join(out, 'rss.xml'), 'utf8');
    expect(feed).toContain('<link>https://example.org/explainer/timeline/kaetuai-killed/</link>');
    expect(feed).not.toMatch(/<link>https:\/\/example\.org\/(?!explainer\/)/);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://example.org/explainer/sitemap-index.xml',
    );
    expect(home).toContain('<link rel="icon" href="/explainer/favicon.svg" type="image/svg+xml">');
    // The host files follow the base too; a sub-path build leaves netlify.toml (a domain-root file) alone.
    const rules = readFileSync(join(out, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules).toContain('/explainer/_astro/*');
    expect(rules.every((line) => line.startsWith('/explainer/'))).toBe(true);
    expect(readFileSync(join(out, '_redirects'), 'utf8')).not.toMatch(/^\/(?!explainer\/)/m);
  }, 120_000);
});
