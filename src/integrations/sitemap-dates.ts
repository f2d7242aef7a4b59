/** The sitemap's lastmod per page, read from the checked content once per build. */
import { checkContent } from '../check/check-content.ts';
import { pageDates } from '../story/page-dates.ts';

/** Paths (under the base path) and the ISO date each page last changed. */
export function sitemapDates(root: string, base: string): Map<string, string> {
  return pageDates(checkContent(root).content, base);
}
