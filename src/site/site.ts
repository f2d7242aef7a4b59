/**
 * The story's settings from `content/site.yaml` (see src/schemas/site.ts), as
 * the content index read and validated them. The content check reports a
 * missing or broken file with every other problem before a build renders
 * anything, so reaching the throw here is a bug.
 */
import { resolve } from 'node:path';
import type { Site } from '../schemas/site.ts';
import { contentIndex } from '../content/content-index.ts';
import { SITE_FILE } from '../content/site-file.ts';

function load(): Site {
  // CONTENT_ROOT is how test builds point the site at a fixture tree (see astro.config.mjs).
  const { site } = contentIndex(resolve(process.env['CONTENT_ROOT'] ?? '.')).site;
  if (!site) throw new Error(`${SITE_FILE} is missing or invalid: run npm run check`);
  return site;
}

/** The settings of this build. */
export const SITE: Site = load();

/** The site's own name, from content/site.yaml. */
export const SITE_NAME = SITE.name;

/** The story's language, a BCP 47 tag: every page's lang and the feed's language. */
export const SITE_LANGUAGE = SITE.language;
