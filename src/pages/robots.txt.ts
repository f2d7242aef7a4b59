import type { APIRoute } from 'astro';
import { urls } from '../site/site-urls.ts';

/** robots.txt: everything may be crawled; the sitemap's address follows the deploy's SITE_URL and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${urls.home()}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
