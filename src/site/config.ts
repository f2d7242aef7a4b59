/**
 * The deploy's settings, in one place: the public origin (SITE_URL) and the
 * sub-path the site is served under (BASE_PATH). Astro's config, the build
 * script, the output check and the URL builders all take them from here, so a
 * base path is written one way ("/" or "/explainer/") everywhere.
 */

/** Where the site is when SITE_URL is not set: the local preview server. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** A base path with exactly one trailing slash: "" and "/" give "/", "/explainer" gives "/explainer/". */
export function normaliseBase(base: string): string {
  return base.replace(/\/*$/, '/');
}

/** A base path without its trailing slash, for prefixing a root-relative path ("/" gives ""). */
export function basePrefix(base: string): string {
  return normaliseBase(base).slice(0, -1);
}

/** The deploy's origin and base path, from an environment such as process.env. */
export interface DeployConfig {
  /** The public origin, for canonical links, feeds and preview images. */
  site: string;
  /** The base path, normalised. */
  base: string;
  /** True when SITE_URL was not set, so absolute links point at the local preview server. */
  siteIsDefault: boolean;
}

/** Reads SITE_URL and BASE_PATH (and nothing else) from `env`. */
export function deployConfig(env: Record<string, string | undefined>): DeployConfig {
  const site = env['SITE_URL'];
  return { site: site ?? DEFAULT_SITE_URL, base: normaliseBase(env['BASE_PATH'] ?? '/'), siteIsDefault: !site };
}
