/**
 * Every page's CSP lists only the hashes of what that page inlines (see
 * src/deploy/page-csp.ts and src/data/page-key.ts). It is done here, as each page is rendered, rather
 * than over the finished build, so that a page the incremental build copies
 * from the last build is already final and nothing has to read it again.
 */
import { defineMiddleware } from 'astro:middleware';
import { finishPage } from './data/page-key.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = finishPage(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
