import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.ts';
import { FIXTURE_SITE, SITE } from './tests/e2e/sites.ts';

// The real built site (dist/) and a site built from the test fixtures (dist-fixture/),
// each served by `astro preview` on its own port, away from `npm start`'s 4321.

// ensure-chromium.ts runs first in `npm test` and stops with a clear line when none is found.
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : 'line',
  use: {
    baseURL: SITE,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs() },
  },
  webServer: [
    { command: 'astro preview --port 4322 --ignore-lock', url: `${SITE}/`, reuseExistingServer: false },
    {
      command: 'astro preview --port 4323 --outDir dist-fixture --ignore-lock',
      url: `${FIXTURE_SITE}/`,
      reuseExistingServer: false,
    },
  ],
});
