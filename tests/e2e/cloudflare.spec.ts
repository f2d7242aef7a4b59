/**
 * The built site on Cloudflare's own Pages runtime (wrangler pages dev), which,
 * unlike `astro preview`, applies `_headers` and `_redirects` as the host does:
 * the header policy must add to each page's <meta> CSP without blocking it.
 */
import { expect, test } from '@playwright/test';
import { IMMUTABLE, REVALIDATE } from '../../src/deploy/headers.ts';
import { CLOUDFLARE_SITE, FIXTURE_CLOUDFLARE_SITE, sitemapPaths } from './sites.ts';

test.use({ baseURL: CLOUDFLARE_SITE });

test('every page loads styled, with its scripts running, and nothing blocked or failing', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const paths = await sitemapPaths(CLOUDFLARE_SITE);
  expect(paths.length).toBeGreaterThan(10);
  let upgraded = 0;
  for (const path of paths) {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    // global.css paints the page's background; the layout's own <style> hides the skip link.
    await expect(page.locator('body'), path).toHaveCSS('background-color', 'rgb(253, 252, 249)');
    await expect(page.locator('.skip-link'), path).toHaveCSS('position', 'absolute');
    // Every <copy-link> has been upgraded into its button by the page's script.
    const links = await page.locator('copy-link').count();
    await expect(page.locator('copy-link button'), path).toHaveCount(links);
    upgraded += links;
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations, path).toEqual([]);
  }
  expect(upgraded).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('pages and hashed assets each get one caching policy and the security headers', async ({ page, request }) => {
  const response = await page.goto('/timeline/');
  const headers = (await response?.headersArray()) ?? [];
  const all = (name: string) => headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  expect(all('cache-control')).toEqual([REVALIDATE]);
  expect(all('content-security-policy')).toEqual(["frame-ancestors 'none'; object-src 'none'; base-uri 'self'"]);
  expect(all('x-frame-options')).toEqual(['DENY']);
  expect(all('strict-transport-security')).toEqual(['max-age=31536000']);
  expect(all('cross-origin-opener-policy')).toEqual(['same-origin']);
  expect(all('x-content-type-options')).toEqual(['nosniff']);
  expect(all('permissions-policy').join()).not.toContain('interest-cohort');

  const assets = await page.locator('script[src*="/_astro/"], link[rel="stylesheet"][href*="/_astro/"]').all();
  expect(assets.length).toBeGreaterThan(0);
  const asset = (await assets[0]?.getAttribute('src')) ?? (await assets[0]?.getAttribute('href')) ?? '';
  const assetResponse = await request.get(asset);
  expect(assetResponse.status()).toBe(200);
  const cache = assetResponse.headersArray().filter((h) => h.name.toLowerCase() === 'cache-control');
  expect(cache.map((h) => h.value)).toEqual([IMMUTABLE]);
});

test('addresses under /embed/ may be framed by any site, and only those', async ({ request }) => {
  // The rule holds for the whole prefix, so it can be checked whether or not an embed page exists yet.
  const embed = (await request.get('/embed/any-page/')).headers();
  expect(embed['content-security-policy']).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'");
  expect(embed['x-frame-options']).toBeUndefined();
  expect((await request.get('/timeline/')).headers()['x-frame-options']).toBe('DENY');
});

test('the icon is served at /favicon.svg and /favicon.ico', async ({ request }) => {
  const svg = await request.get('/favicon.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  // An .ico file starts with reserved 0 and type 1.
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

test("a renamed entry's old address answers 301 with the new one, with and without the slash", async ({ request }) => {
  for (const old of ['/timeline/old-first-event/', '/timeline/old-first-event']) {
    const response = await request.get(`${FIXTURE_CLOUDFLARE_SITE}${old}`, { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(new URL(response.headers()['location'] ?? '', FIXTURE_CLOUDFLARE_SITE).pathname, old).toBe(
      '/timeline/first-event/',
    );
  }
});

test('an unknown address gets the 404 page with status 404, kept out of search results', async ({ page }) => {
  const response = await page.goto('/timeline/no-such-event/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
});
