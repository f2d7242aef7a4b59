/**
 * A second story proves the engine needs no code change for another story:
 * tests/fixtures/other-country (invented test content, set in Belgium) builds
 * with CONTENT_ROOT alone, into a scratch folder that is never published, and
 * its pages show its own country, words, name and language.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseMaps } from '../../src/map/geometry.ts';

const project = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'dist-other-country-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path), 'utf8');
const attribute = (html: string, pattern: RegExp) => html.match(pattern)?.[1];
// The story map's country, as its panel draws it: the first land path of the figure.
const outline = (html: string) => attribute(html, /<figure class="place-map"[\s\S]*?<path class="land" d="([^"]+)"/);

describe('a second story, set in another country', () => {
  beforeAll(() => {
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
      cwd: project,
      env: { ...process.env, CONTENT_ROOT: join(project, 'tests/fixtures/other-country') },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 240_000);

  it("draws its own country's outline, not the real story's", () => {
    const drawn = outline(page('index.html'));
    expect(drawn?.length).toBeGreaterThan(100);
    // The real story's outline, drawn in this process from the real content/site.yaml.
    expect(drawn).not.toBe(baseMaps().detail.country);
    expect(page('index.html')).toContain('>BELGIUM</tspan>');
  });

  it('shows its own map title and caption', () => {
    const html = page('index.html');
    expect(attribute(html, /<strong id="map-title">([^<]+)<\/strong>/)).toBe(
      'Test fixture map of the placeholder places',
    );
    expect(attribute(html, /<span id="map-desc">([^<]+)<\/span>/)).toMatch(
      /^Belgium, with its neighbours shaded and the sea around\..*an inset shows where Belgium lies in western Europe\.$/,
    );
    expect(html).not.toMatch(/Haiti|Caribbean/);
  });

  it('shows its own site name, language and timeline description on every kind of page', () => {
    for (const path of [
      'index.html',
      'timeline/index.html',
      'timeline/first-test-event/index.html',
      'about/index.html',
    ]) {
      const html = page(path);
      expect(attribute(html, /<html lang="([^"]+)"/), path).toBe('en-GB');
      expect(html, path).toContain('TEST FIXTURE — not a real story');
    }
    expect(attribute(page('timeline/index.html'), /<meta name="description" content="([^"]+)"/)).toBe(
      "Every dated event of the test fixture, a placeholder story for the engine's tests.",
    );
    expect(page('rss.xml')).toContain('<language>en-GB</language>');
  });

  it("marks each event's own small map with the country's name", () => {
    expect(page('timeline/first-test-event/index.html')).toContain(
      'aria-label="Test Place One marked on a map of Belgium"',
    );
  });
});
