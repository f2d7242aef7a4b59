import { expect, test } from '@playwright/test';
import { sitemapPaths, SITE } from './sites.ts';

test('no page asks any other site for anything, and the CSP blocks nothing the site needs', async ({ page }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== SITE && url.protocol !== 'data:') foreign.push(`${page.url()} → ${request.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of await sitemapPaths(SITE)) {
    await page.goto(path, { waitUntil: 'load' });
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations, path).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('every page carries a hash-based Content-Security-Policy listing exactly its own inline code', async ({
  page,
}) => {
  for (const path of ['/', '/timeline/', '/timeline/kaetuai-killed/', '/embed/timeline/']) {
    await page.goto(path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).toContain("object-src 'none'");
    // Hash what the page really inlines, in the browser, and compare with what the policy allows.
    const inline = await page.evaluate(async () => {
      const hash = async (text: string) =>
        `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;
      const scripts = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')];
      return {
        scripts: [...new Set(await Promise.all(scripts.map((s) => hash(s.textContent ?? ''))))].sort(),
        styles: [
          ...new Set(await Promise.all([...document.querySelectorAll('style')].map((s) => hash(s.textContent ?? '')))),
        ].sort(),
      };
    });
    const allowed = (directive: string) =>
      (new RegExp(`${directive} 'self'((?: '[^']+')*)`).exec(policy)?.[1] ?? '')
        .trim()
        .split(' ')
        .filter(Boolean)
        .sort();
    expect(allowed('script-src'), path).toEqual(inline.scripts);
    expect(allowed('style-src'), path).toEqual(inline.styles);
    expect(inline.styles.length, path).toBeGreaterThan(0);
  }
});

test('links out of the site do not pass on the page or its address', async ({ page }) => {
  for (const path of ['/', '/sources/', '/timeline/kaetuai-killed/']) {
    await page.goto(path);
    for (const link of await page.locator('a[href^="http"]').all()) {
      await expect(link, path).toHaveAttribute('rel', /noopener/);
      await expect(link, path).toHaveAttribute('rel', /noreferrer/);
    }
  }
});
