/**
 * Another site that embeds ours, for the embed tests: one small server on
 * PORT + 3, answering by host name.
 * - http://localhost:<port>/ is the "newsroom": pages that paste the oEmbed
 *   `html` of a section and of an event, with the real pym.js parent
 *   (pym.html), with the README's few lines instead (plain.html), or with no
 *   script at all (bare.html).
 * - http://127.0.0.1:<port>/ is our built site (dist/) with the rules of
 *   dist/_headers applied as Cloudflare Pages applies them, which
 *   `astro preview` ignores; being another host, it is another origin.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../support/headers-file.ts';
import { PORT } from './sites.ts';

/** The section and the event the newsroom pages embed. */
export const EMBEDDED = { section: 'the-pont-sonde-ambush', event: 'ambush-officer-missing' } as const;
/** The port of the embedding pages and of the framed site. */
export const HOST_PORT = PORT + 3;
/** The embedding ("newsroom") origin. */
export const NEWSROOM = `http://localhost:${HOST_PORT}`;
/** Our built site, served with its _headers. */
export const FRAMED_SITE = `http://127.0.0.1:${HOST_PORT}`;

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
// The build's public origin when SITE_URL is unset; the oEmbed files name it.
const BUILT_ORIGIN = 'http://localhost:4321';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** The README's parent snippet for pages without Pym.js, as a newsroom would paste it, for our origin. */
function plainParent(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippet = [...readme.matchAll(/```html\n(<script>[\s\S]*?<\/script>)\n```/g)]
    .map((m) => m[1] ?? '')
    .find((code) => code.includes('xPYMxheightxPYMx'));
  if (!snippet) throw new Error('README.md has no parent snippet for the height message');
  return snippet.replace("'https://example.org'", `'${FRAMED_SITE}'`);
}

/** The oEmbed html of one item, pointing at the framed site instead of the build's default origin. */
function embedCode(id: string): string {
  const { html } = JSON.parse(readFileSync(join(dist, 'embed/timeline', id, 'oembed.json'), 'utf8')) as {
    html: string;
  };
  return html.replaceAll(BUILT_ORIGIN, FRAMED_SITE);
}

function newsroomPage(name: string, ids: string[]): string {
  const script =
    name === 'pym.html' ? '<script src="/pym.v1.min.js"></script>' : name === 'plain.html' ? plainParent() : '';
  const frames = ids.map((id) => `<section class="embed">${embedCode(id)}</section>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title>
<style>body{margin:0;font-family:sans-serif}main{padding:0 8px}.embed{margin:1rem 0}</style></head>
<body><main><h1>A newsroom article</h1><p>Text before the embeds.</p>
${frames}
<p>Text after the embeds.</p></main>${script}</body></html>`;
}

const rules = () => parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));

function fromDist(pathname: string): { file: string; status: number } {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dist, path.endsWith('/') ? join(path, 'index.html') : path);
  try {
    if (statSync(candidate).isFile()) return { file: candidate, status: 200 };
  } catch {
    // Falls through to the 404 page, as static hosts do.
  }
  return { file: join(dist, '404.html'), status: 404 };
}

/** Starts the server; the newsroom pages embed the given ids. */
export function startEmbedHost(ids: string[] = [EMBEDDED.section, EMBEDDED.event]): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    if (url.hostname === 'localhost') {
      if (url.pathname === '/pym.v1.min.js') {
        response.writeHead(200, { 'Content-Type': TYPES['.js'] });
        response.end(readFileSync(join(root, 'node_modules/pym.js/dist/pym.v1.min.js')));
      } else if (['/pym.html', '/plain.html', '/bare.html'].includes(url.pathname)) {
        response.writeHead(200, { 'Content-Type': TYPES['.html'] });
        response.end(newsroomPage(url.pathname.slice(1), ids));
      } else if (url.pathname.startsWith('/frame/')) {
        // A page framing any path of the other origin directly, to see which the headers let through.
        const target = `${FRAMED_SITE}${url.pathname.slice('/frame'.length)}`;
        response.writeHead(200, { 'Content-Type': TYPES['.html'] });
        response.end(`<!doctype html><html lang="en"><title>Framing</title><iframe src="${target}"></iframe></html>`);
      } else {
        response.writeHead(404).end();
      }
      return;
    }
    const { file, status } = fromDist(url.pathname);
    const headers = Object.fromEntries(headersFor(rules(), url.pathname));
    response.writeHead(status, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(HOST_PORT, () => resolve(server));
  });
}

// Run as a Playwright webServer: `node tests/e2e/embed-host.ts`.
if (import.meta.main) await startEmbedHost();
