/** The sites the browser tests run against, and the content behind the real one. */
import { join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';

/**
 * The first of the ports the browser tests serve on (E2E_PORT moves them, so two
 * checkouts on one machine can run their browser tests at once).
 */
export const PORT = Number(process.env['E2E_PORT'] ?? 4322);
/** The real site, built from content/. */
export const SITE = `http://localhost:${PORT}`;
/** A site built from tests/fixtures/valid, which has aliases to follow. */
export const FIXTURE_SITE = `http://localhost:${PORT + 1}`;
/** The real site served by Cloudflare's own Pages runtime (wrangler), which applies _headers and _redirects. */
export const CLOUDFLARE_SITE = `http://127.0.0.1:${PORT + 2}`;
// PORT + 3 is taken by the embed tests' second origin.
/** The fixture site (which has renamed entries) on Cloudflare's runtime, for real 301s. */
export const FIXTURE_CLOUDFLARE_SITE = `http://127.0.0.1:${PORT + 4}`;

/** The real content, validated, so tests can assert that every entry reached the page. */
export const content = checkContent(join(import.meta.dirname, '../..')).content;

/** Every page path listed in a site's sitemap. */
export async function sitemapPaths(site: string): Promise<string[]> {
  const index = await (await fetch(`${site}/sitemap-index.xml`)).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetch(new URL(new URL(sitemap ?? '').pathname, site))).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc ?? '').pathname);
  }
  return paths;
}
