/** The /timeline/<old-id>/ redirect pages, which search engines should not list. */
import { contentIndex } from '../content/content-index.ts';
import { makeUrls } from '../site/urls.ts';

/** Paths (under the base path) of the pages left at old timeline ids. */
export function redirectPaths(root: string, base: string): Set<string> {
  const { content } = contentIndex(root);
  const prefix = makeUrls(base).timeline();
  const aliases = [...content.sections, ...content.events].flatMap((entry) => entry.data.aliases);
  return new Set(aliases.map((alias) => `${prefix}${alias}/`));
}
