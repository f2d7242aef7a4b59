/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * from `getStaticPaths` is copied from the previous build, not rendered, when
 * its key and its code are both unchanged. Astro hashes the code (the page's
 * module graph) and the config itself; the key must cover the data. So every
 * such page is handed all the story data it shows as props, and its key is a
 * hash of those props and the site's settings (which layouts read from
 * content/site.yaml). A page that read anything else would go stale; the
 * incremental-build test holds each edited build against a clean one.
 *
 * The middleware finishes every page with `finishPage` before Astro keeps it.
 * Astro hashes a page's module graph, not the middleware's; taking the
 * finishing code from this module puts it into every keyed page's graph, so
 * changing it renders those pages again.
 */
import { createHash } from 'node:crypto';
import { narrowPageCsp } from '../deploy/page-csp.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

// A section's page holds its events, each event its neighbours: the same objects recur across a
// thousand keys, so each object is hashed once (the hash of its fields' hashes) and remembered.
const hashes = new WeakMap<object, string>();

// An entry's rendered HTML follows from its file and the page's code (Astro's part), and Astro's
// `digest` of an entry already hashes its whole file, body included.
function skipped(holder: object, key: string): boolean {
  return key === 'rendered' || (key === 'body' && typeof (holder as { digest?: unknown }).digest === 'string');
}

function hashOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value);
  const known = hashes.get(value);
  if (known) return known;
  const fields = Array.isArray(value)
    ? value.map(hashOf)
    : Object.entries(value)
        .filter(([key, field]) => field !== undefined && typeof field !== 'function' && !skipped(value, key))
        .map(([key, field]) => `${JSON.stringify(key)}:${hashOf(field)}`);
  const hash = sha(`${Array.isArray(value) ? '[' : '{'}${fields.join(',')}`);
  hashes.set(value, hash);
  return hash;
}

/**
 * A hash of the given values: equal for equal data (fields in the order they were made, as JSON
 * sees them), different when any field anywhere inside differs. Values must not change afterwards.
 */
export function pageKey(...parts: unknown[]): string {
  return hashOf(parts);
}

/** What every HTML page goes through last (src/middleware.ts): its CSP narrowed to its own inline hashes. */
export const finishPage: (html: string) => string = narrowPageCsp;
