import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.ts';
import { NEWSROOM } from './tests/e2e/embed-host.ts';
import { CLOUDFLARE_SITE, FIXTURE_CLOUDFLARE_SITE, FIXTURE_SITE, PORT, SITE } from './tests/e2e/sites.ts';

// The real built site (dist/) and a site built from the test fixtures (dist-fixture/),
// each served by `astro preview` on its own port (E2E_PORT, default 4322), away from `npm start`'s 4321;
// and both again on Cloudflare's Pages runtime (PORT + 2, PORT + 4), which reads _headers and _redirects;
// E2E_PORT + 3 is another site embedding ours (tests/e2e/embed-host.ts).
// wrangler takes several seconds to start on a busy two-core machine, hence its longer timeout.
const cloudflare = (dir: string, url: string) => ({
  command: `node scripts/serve-cloudflare.ts ${dir} ${new URL(url).port}`,
  url: `${url}/`,
  reuseExistingServer: false,
  timeout: 180_000,
});

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
    { command: `astro preview --port ${PORT} --ignore-lock`, url: `${SITE}/`, reuseExistingServer: false },
    {
      command: `astro preview --port ${PORT + 1} --outDir dist-fixture --ignore-lock`,
      url: `${FIXTURE_SITE}/`,
      reuseExistingServer: false,
    },
    cloudflare('dist', CLOUDFLARE_SITE),
    cloudflare('dist-fixture', FIXTURE_CLOUDFLARE_SITE),
    // Another origin that embeds ours, and dist/ served with its _headers (tests/e2e/embed-host.ts).
    { command: 'node tests/e2e/embed-host.ts', url: `${NEWSROOM}/bare.html`, reuseExistingServer: false },
  ],
});
