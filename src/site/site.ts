/**
 * The story's settings from `content/site.yaml` (see src/schemas/site.ts), read
 * once. The content check reports a missing or broken file with every other
 * problem before a build renders anything, so reaching the throw here is a bug.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { SITE_FILE } from '../content/site-file.ts';

/** Reads and validates the settings under `root`; undefined when there is no file. */
export function readSite(root: string): { site: Site } | { error: unknown } | undefined {
  const file = join(root, SITE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return { site: SiteSchema.parse(yaml.load(readFileSync(file, 'utf8')) ?? {}) };
  } catch (error) {
    return { error };
  }
}

function load(): Site {
  // CONTENT_ROOT is how test builds point the site at a fixture tree (see astro.config.mjs).
  const read = readSite(resolve(process.env['CONTENT_ROOT'] ?? '.'));
  if (!read || 'error' in read) throw new Error(`${SITE_FILE} is missing or invalid: run npm run check`);
  return read.site;
}

/** The settings of this build. */
export const SITE: Site = load();

/** The site's own name, from content/site.yaml. */
export const SITE_NAME = SITE.name;
