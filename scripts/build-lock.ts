/**
 * One build at a time in a folder. Builds share the staging folder and Astro's
 * caches, so a second `npm run build` waits for the first. The lock is a file
 * holding the builder's pid, created atomically with its content (a hard link
 * from a private temporary file), so no one ever reads it half-written. A lock
 * whose pid is no longer running (a build killed with Ctrl-C or SIGKILL) is
 * stale, and the next build takes it over.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Whether a process with this pid is running (EPERM: running, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid recorded in a lock file, or undefined when there is none. */
export function lockHolder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Taken: `release` gives it back. Not taken: `holder` is the running build that has it. */
export type LockAttempt = { taken: true; release: () => void } | { taken: false; holder: number };

/** Takes the lock if it is free or stale; never waits. */
export function tryLock(file: string, pid = process.pid, alive = isAlive): LockAttempt {
  const mine = `${file}.${pid}`;
  writeFileSync(mine, `${pid}\n`);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(mine, file);
        return { taken: true, release: () => lockHolder(file) === pid && rmSync(file, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(file);
      if (holder !== undefined && holder !== pid && alive(holder)) return { taken: false, holder };
      rmSync(file, { force: true }); // stale: its build is gone
    }
    return { taken: false, holder: lockHolder(file) ?? 0 };
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Options for waiting on the lock. */
export interface WaitOptions {
  /** Called once, when the lock is first found taken. */
  onWait?: (holder: number) => void;
  pollMs?: number;
  timeoutMs?: number;
}

/** Takes the lock, waiting while another running build has it; undefined after `timeoutMs`. */
export async function waitForLock(file: string, options: WaitOptions = {}): Promise<(() => void) | undefined> {
  const { onWait, pollMs = 250, timeoutMs = 15 * 60_000 } = options;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    const attempt = tryLock(file);
    if (attempt.taken) return attempt.release;
    if (!told) onWait?.(attempt.holder);
    told = true;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
