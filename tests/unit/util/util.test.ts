import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { counted, nounFor } from '../../../src/util/plural.ts';
import { writeAtomic } from '../../../src/util/write-atomic.ts';

const scratch = mkdtempSync(join(tmpdir(), 'util-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('counted and nounFor', () => {
  it('say "1 problem" and "0 problems", "2 problems", with irregular forms given', () => {
    expect([0, 1, 2].map((n) => counted(n, 'problem'))).toEqual(['0 problems', '1 problem', '2 problems']);
    expect([1, 3].map((n) => nounFor(n, 'it is', 'they are'))).toEqual(['it is', 'they are']);
  });
});

describe('writeAtomic', () => {
  it('creates the folder, writes the whole file, and leaves no temporary file behind', () => {
    const file = join(scratch, 'deep/er/cache.json');
    writeAtomic(file, '{"a":1}');
    writeAtomic(file, new Uint8Array([123, 125]));
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(readdirSync(join(scratch, 'deep/er'))).toEqual(['cache.json']);
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });
});
