/**
 * A hash of the code that turns a markdown body into HTML: this folder's
 * plugins. Astro's content cache renders a body again only when its digest
 * changes (or Astro's config does: the plugin list and options are there),
 * so the digest takes this in too (src/content.config.ts): editing a plugin
 * renders every body again, as editing the body itself would.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

let version: string | undefined;

/** The hash, read once per process. */
export function rendererVersion(): string {
  if (version) return version;
  const here = new URL('.', import.meta.url);
  const hash = createHash('sha256');
  for (const name of readdirSync(here).sort()) hash.update(name).update(readFileSync(new URL(name, here)));
  version = hash.digest('hex').slice(0, 16);
  return version;
}
