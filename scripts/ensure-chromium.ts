/**
 * Makes sure the browser tests have a Chromium: uses one if found, installs
 * Debian's package when running as root with apt-get, or stops with one line
 * saying how to provide one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';

function install(): void {
  console.log("No Chromium found; installing Debian's chromium package (a minute or two)…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

let found = findChromium();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  install();
  found = findChromium();
}
if (!found) {
  console.error(
    'No Chromium for the browser tests: install one (as root: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${found}`);
