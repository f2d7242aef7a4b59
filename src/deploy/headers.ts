/**
 * The `_headers` file for static hosts that read one (Cloudflare Pages, Netlify),
 * built from the top-level entries of the built site and a table of path rules.
 *
 * The two hosts resolve overlapping rules differently: Cloudflare sends the
 * headers of every matching rule and joins a repeated header with a comma;
 * Netlify lets the later rule win. So no header name is ever set by two rules
 * that can match the same path: headers that are the same everywhere go on one
 * site-wide rule, and the ones that differ by path (framing, caching) go on one
 * rule per top-level entry, which never overlap. Both hosts then send exactly
 * one value of each header, without Cloudflare's `! Header` detach syntax (which
 * Netlify does not know).
 */
import { normaliseBase } from '../site/config.ts';

/** What a path prefix needs beyond the defaults. */
export interface PathRule {
  /** One top-level folder under the base path, with a trailing slash: "embed/". */
  prefix: string;
  /** Content-hashed files that never change: cached for a year. */
  immutable?: boolean;
  /** Pages other sites may show in a frame (no X-Frame-Options, `frame-ancestors *`). */
  framable?: boolean;
}

/** The site's path rules: add a line here for a new kind of path. */
export const PATH_RULES: readonly PathRule[] = [
  // Astro's bundled CSS and JS carry a content hash in their names.
  { prefix: '_astro/', immutable: true },
  // Embeddable pages, for other sites' iframes.
  { prefix: 'embed/', framable: true },
];

/** A top-level entry of the built site. */
export interface TopEntry {
  name: string;
  dir: boolean;
}

/** Headers every response gets, whatever its path. */
export const SITE_WIDE: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A year, for files whose names change whenever their bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is revalidated on every visit, so a correction reaches readers at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

// Pages carry their script and style hashes in a <meta> policy; the header adds only
// what a <meta> cannot (frame-ancestors) plus two directives that cost nothing.
const policy = (ancestors: string) => `frame-ancestors ${ancestors}; object-src 'none'; base-uri 'self'`;

/** The headers that depend on the path, for one rule (or the defaults). */
export function pathHeaders(rule: Omit<PathRule, 'prefix'> = {}): Record<string, string> {
  return {
    'Content-Security-Policy': policy(rule.framable ? '*' : "'none'"),
    // Framable pages are meant for other sites, and so are their oEmbed files (a browser-side consumer needs CORS).
    ...(rule.framable ? { 'Access-Control-Allow-Origin': '*' } : { 'X-Frame-Options': 'DENY' }),
    'Cache-Control': rule.immutable ? IMMUTABLE : REVALIDATE,
  };
}

/** Cloudflare Pages reads at most this many rules. */
export const MAX_RULES = 100;

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** The `_headers` text for a site built with these top-level entries under `base` ("/" or "/sub/"). */
export function headersFile(
  entries: readonly TopEntry[],
  base: string,
  rules: readonly PathRule[] = PATH_RULES,
): string {
  const root = normaliseBase(base);
  for (const rule of rules) {
    if (!/^[^/*]+\/$/.test(rule.prefix))
      throw new Error(`path rule "${rule.prefix}" must be one top-level folder, like "embed/"`);
  }
  const ruleFor = (name: string) => rules.find((rule) => rule.prefix === `${name}/`);
  const blocks = [block(`${root}*`, { ...SITE_WIDE })];
  const add = (path: string, name: string) => blocks.push(block(path, pathHeaders(ruleFor(name))));
  // Rules for prefixes not (yet) built cost nothing and keep the table's promise.
  const names = new Map(entries.map((entry) => [entry.name, entry.dir]));
  for (const rule of rules) names.set(rule.prefix.slice(0, -1), true);
  for (const [name, dir] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
    if (name === '_headers' || name === '_redirects') continue;
    if (dir) add(`${root}${name}/*`, name);
    else if (name === 'index.html') {
      add(root, name);
      add(`${root}${name}`, name);
    } else add(`${root}${name}`, name);
  }
  if (blocks.length > MAX_RULES)
    throw new Error(`${blocks.length} header rules; Cloudflare Pages reads only ${MAX_RULES}`);
  return `# Made by the build (src/deploy/headers.ts): edit PATH_RULES there, not this file.\n${blocks.join('\n')}\n`;
}
