import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '../..');
// Beside the browser tests' two ports, inside the same range.
const port = Number(process.env['E2E_PORT'] ?? 4322) + 2;

const listening = () =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function until(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

describe('npm run dev', () => {
  it('frees its port within seconds when npm itself is killed (and so its server)', { timeout: 150_000 }, async () => {
    expect(await listening()).toBe(false);
    // vitest's own BASE_URL and NODE_ENV would change what Astro serves.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !['BASE_URL', 'NODE_ENV', 'VITEST', 'MODE'].includes(name)),
    );
    const npm = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
      cwd: project,
      detached: true,
      stdio: 'ignore',
      env,
    });
    try {
      expect(await until(listening, 120_000)).toBe(true);
      process.kill(npm.pid ?? 0, 'SIGKILL');
      // Seconds, not at once: the server may be busy compiling when npm goes (on a loaded machine, several).
      expect(await until(async () => !(await listening()), 15_000)).toBe(true);
    } finally {
      // Whatever happened, leave nothing behind: the whole group npm started.
      try {
        process.kill(-(npm.pid ?? 0), 'SIGKILL');
      } catch {
        // Already gone, as it should be.
      }
    }
  });
});
