import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockHolder, tryLock, waitForLock } from '../../scripts/build-lock.ts';

const scratch = mkdtempSync(join(tmpdir(), 'build-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const lockFile = () => join(scratch, `lock-${n++}`);

/** A pid that is certainly not running: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

describe('the build lock', () => {
  it('is taken by the first build, refused to a second while the first runs, and free again once released', () => {
    const file = lockFile();
    const first = tryLock(file);
    expect(first.taken).toBe(true);
    expect(lockHolder(file)).toBe(process.pid);
    const other = tryLock(file, process.pid + 1, () => true);
    expect(other).toEqual({ taken: false, holder: process.pid });
    if (first.taken) first.release();
    expect(existsSync(file)).toBe(false);
    expect(tryLock(file, process.pid + 1).taken).toBe(true);
  });

  it('is taken over from a build that was killed (its pid is gone)', () => {
    const file = lockFile();
    writeFileSync(file, `${deadPid()}\n`);
    const attempt = tryLock(file);
    expect(attempt.taken).toBe(true);
    expect(lockHolder(file)).toBe(process.pid);
  });

  it('is not given back by a build that no longer holds it', () => {
    const file = lockFile();
    const mine = tryLock(file);
    writeFileSync(file, '999999\n');
    if (mine.taken) mine.release();
    expect(lockHolder(file)).toBe(999999);
  });

  it('makes a second build in another process wait until the first is killed', async () => {
    const file = lockFile();
    const module = join(import.meta.dirname, '../../scripts/build-lock.ts');
    // The "first build": takes the lock, says so, then sleeps until killed.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { tryLock } = await import(${JSON.stringify(module)}); tryLock(${JSON.stringify(file)}); console.log('locked'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    expect(lockHolder(file)).toBe(holder.pid);
    const waited: number[] = [];
    const waiting = waitForLock(file, { pollMs: 20, onWait: (pid) => waited.push(pid) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(waited).toEqual([holder.pid]);
    holder.kill('SIGKILL');
    const release = await waiting;
    expect(release).toBeTypeOf('function');
    expect(lockHolder(file)).toBe(process.pid);
    release?.();
  });

  it('gives up after its time limit while the other build still runs', async () => {
    const file = lockFile();
    writeFileSync(file, `${process.ppid}\n`);
    expect(await waitForLock(file, { pollMs: 10, timeoutMs: 50 })).toBeUndefined();
  });
});
