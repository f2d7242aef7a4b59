/**
 * The unit project stays fast because nothing in it builds the site or starts
 * a process: such a test belongs in tests/build/ (README, "Tests").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const unitFiles = readdirSync(join(root, 'tests/unit'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  // This file names what it looks for.
  .map((file) => join(root, 'tests/unit', file))
  .filter((file) => file !== import.meta.filename);

describe('tests/unit', () => {
  it('holds no test that spawns a process or runs a build', () => {
    const spawning = unitFiles.filter((file) =>
      /from 'node:child_process'|scripts\/build\.ts|astro\/\w*build/.test(readFileSync(file, 'utf8')),
    );
    expect(spawning.map((file) => relative(root, file))).toEqual([]);
  });
});
