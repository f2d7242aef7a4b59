/**
 * `npm run dev`: Astro's dev server, run in this process so that stopping it
 * stops the server. npm does not always pass a signal on, and when npm itself
 * is killed the server would otherwise keep the port: so this also stops as
 * soon as the process that started it (npm, or the shell npm ran) is gone.
 * Takes Astro's --port and --host.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dev } from 'astro';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { port: { type: 'string' }, host: { type: 'string' }, open: { type: 'boolean' } },
  strict: false,
});

/** A process's state letter and parent, from /proc where there is one. */
function statOf(pid: number): { state: string; parent: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state = '', parent = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return undefined;
  }
}

/** Whether a process still runs; a killed one its own parent has not yet reaped (a zombie) does not. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return statOf(pid)?.state !== 'Z';
};

// npm runs scripts through a shell, which may stay between npm and us: watch both.
const parent = process.ppid;
const grandparent = statOf(parent)?.parent;
const watched = [parent, ...(grandparent && grandparent > 1 ? [grandparent] : [])];

const port = typeof values.port === 'string' ? Number(values.port) : undefined;
const host = typeof values.host === 'string' ? values.host : undefined;
const server = await dev({ server: { ...(port && { port }), ...(host && { host }) } });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(watch);
  await server.stop().catch(() => undefined);
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
const watch = setInterval(() => {
  if (process.ppid !== parent || watched.some((pid) => !alive(pid))) void stop();
}, 500);
