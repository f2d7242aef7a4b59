/**
 * `npm run preview:cloudflare [dir] [port]`: serves a built folder the way
 * Cloudflare Pages does (its `_headers` and `_redirects` rules, its 404
 * handling), with Cloudflare's own runtime from the `wrangler` package, offline.
 * The browser tests run against it too.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const [dir = 'dist', port = '4321'] = process.argv.slice(2);
const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');
const args = ['pages', 'dev', resolve(dir), '--port', port, '--ip', '127.0.0.1', '--log-level', 'warn'];
// A fixed date, so the runtime behaves the same on every machine (the site has no Functions).
args.push('--compatibility-date', '2026-11-17');
// wrangler keeps its state and scratch files in .wrangler/ under its working folder: keep them out of the project.
const cwd = join('node_modules', '.cache', 'wrangler', port);
mkdirSync(cwd, { recursive: true });
const child = spawn(process.execPath, [wrangler, ...args], {
  cwd,
  stdio: 'inherit',
  // No usage reports, and no fetch of Cloudflare's request metadata (there is no network; it would only warn).
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
