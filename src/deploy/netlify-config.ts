/**
 * `netlify.toml`, for Netlify only. Netlify skips a `_redirects` rule when a
 * file exists at its path ("shadowing"), and the build leaves a redirect page
 * at every old address for hosts without redirects (GitHub Pages). A forced
 * rule (`force = true`) applies even then. Cloudflare Pages rejects the forced
 * form (`301!`) in `_redirects` but never reads netlify.toml, and already
 * answers its plain `301` where a file exists; so `_redirects` keeps plain rules
 * and the forced ones live here.
 *
 * Netlify reads netlify.toml from the base directory of the repository (not
 * from the published folder), before the build: so the file is committed at the
 * project root, and the build rewrites it when the aliases change.
 */

import { stringify } from 'smol-toml';

/** The file's name, at the project root. */
export const NETLIFY_CONFIG_FILE = 'netlify.toml';

/** What the file is made from. */
export interface NetlifyConfigInput {
  /** Old timeline id → current id. */
  aliases: Readonly<Record<string, string>>;
  /** The Node version npm runs on (the project's pinned `node` dev dependency). */
  nodeVersion: string;
}

/** The netlify.toml text: build settings and one forced 301 per old address (with and without the slash). */
export function netlifyConfig({ aliases, nodeVersion }: NetlifyConfigInput): string {
  const redirects = Object.entries(aliases)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([alias, to]) =>
      [`/timeline/${alias}/`, `/timeline/${alias}`].map((from) => ({
        from,
        to: `/timeline/${to}/`,
        status: 301,
        force: true,
      })),
    );
  const header = [
    '# Made by `npm run build` (src/deploy/netlify-config.ts) from the aliases in content/: commit it with the content.',
    '# Netlify reads this file from the repository root; other hosts ignore it.',
  ];
  const config = {
    build: { command: 'npm run build', publish: 'dist', environment: { NODE_VERSION: nodeVersion } },
    ...(redirects.length > 0 ? { redirects } : {}),
  };
  return `${header.join('\n')}\n${stringify(config)}`;
}

/** Old id → current id for every renamed section and event. */
export function timelineAliases(entries: readonly { id: string; data: { aliases: readonly string[] } }[]) {
  return Object.fromEntries(entries.flatMap((entry) => entry.data.aliases.map((alias) => [alias, entry.id] as const)));
}
