/**
 * Where the browser tests find Chromium, in this order: CHROMIUM_PATH,
 * Playwright's own download if one is installed, Debian's /usr/bin/chromium.
 * Playwright cannot download its own browsers on these machines.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The first Chromium that exists, or undefined. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], playwrightsOwn(), '/usr/bin/chromium'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Launch flags that work on these machines: no sandbox as root, and no calls to hosts it cannot reach. */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}
