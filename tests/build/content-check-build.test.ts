import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '../..');
const fixtures = join(project, 'tests/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'build-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the content check inside astro build', () => {
  it('fails the build with the same lines as npm run check, for every broken file, and writes nothing', () => {
    const root = join(scratch, 'content-root');
    cpSync(join(fixtures, 'valid'), root, { recursive: true });
    cpSync(join(fixtures, 'broken', 'all-at-once'), root, { recursive: true });
    const outDir = join(scratch, 'dist');
    const build = spawnSync(join(project, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: project,
      env: { ...process.env, CONTENT_ROOT: root },
      encoding: 'utf8',
    });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(output).toContain('3 problem(s) in content/; nothing was built');
    expect(output).toContain(
      'content/events/first-event.md: status: found "likely", expected one of confirmed, reported, unconfirmed, disputed (line 10)',
    );
    expect(output).toContain(
      'content/places/a-town.yaml: lat: found 119.1, expected a latitude between -90 and 90 (line 5)',
    );
    expect(output).toContain(
      'content/sections/opening.md: order: found "first", expected a whole number such as 1, 2 or 3 (line 3)',
    );
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
