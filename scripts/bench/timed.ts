/** Runs a command and reports its wall time and peak memory (GNU time's max RSS of the process tree). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** Seconds and peak resident memory of one run. */
export interface Timed {
  seconds: number;
  peakMb: number | undefined;
  /** Routes Astro copied from the previous build instead of rendering ("(restored)" or "(cached)" in its log). */
  reused: number;
}

/** Runs `command args` in `cwd` with `env`; throws with its output if it fails. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Timed {
  const report = join(tmpdir(), `bench-time-${process.pid}.txt`);
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, command, ...args], { cwd, env, encoding: 'utf8' })
    : spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  const peakKb = useTime ? Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) : Number.NaN;
  rmSync(report, { force: true });
  return {
    seconds: Math.round(seconds * 10) / 10,
    peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : undefined,
    reused: (result.stdout.match(/\((?:restored|cached)\)/g) ?? []).length,
  };
}
