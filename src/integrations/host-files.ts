/**
 * After a build, writes what static hosts read beside the pages: `_headers`
 * into the built folder (from its top-level entries, under the base path), and,
 * for a build of the real content at the domain root, `netlify.toml` at the
 * project root when the aliases have changed.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../deploy/headers.ts';
import { NETLIFY_CONFIG_FILE, netlifyConfig, timelineAliases } from '../deploy/netlify-config.ts';
import { contentIndex } from '../content/content-index.ts';
import { basePrefix } from '../site/config.ts';

const readOr = (file: string, fallback: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
};

/** The netlify.toml the real content calls for. */
export function expectedNetlifyConfig(root: string): string {
  const { content } = contentIndex(root);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return netlifyConfig({
    aliases: timelineAliases([...content.sections, ...content.events]),
    nodeVersion: pkg.devDependencies['node'] ?? '',
  });
}

/** The integration; `root` holds content/, and `writeNetlify` says whether this build may touch netlify.toml. */
export function hostFiles(root: string, writeNetlify: boolean): AstroIntegration {
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
        writeFileSync(join(out, '_headers'), headersFile(entries, base));
        // Netlify sites live at a domain root; a sub-path build is for another host.
        if (!writeNetlify || basePrefix(base) !== '') return;
        const file = join(root, NETLIFY_CONFIG_FILE);
        const next = expectedNetlifyConfig(root);
        if (readOr(file, '') === next) return;
        writeFileSync(file, next);
        logger.info(
          `${NETLIFY_CONFIG_FILE} updated (Netlify's build settings and forced redirects); commit it with the content.`,
        );
      },
    },
  };
}
