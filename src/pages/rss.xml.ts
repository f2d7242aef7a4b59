import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStory } from '../data/story.ts';
import { dayDate, feedItems } from '../lib/feed.ts';
import { SITE_NAME } from '../lib/site.ts';
import { makeUrls } from '../lib/urls.ts';

/** /rss.xml: every event and every log entry, newest first, with absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const story = await getStory();
  const urls = makeUrls(import.meta.env.BASE_URL);
  if (!site) throw new Error('astro.config.mjs needs `site` (SITE_URL) for absolute feed links');
  const self = new URL(urls.feed(), site).href;
  // Built from the content's own latest date, never the clock, so two builds of one commit are identical.
  const built = dayDate(story.updated)?.toUTCString();
  return rss({
    title: `${SITE_NAME}: ${story.article.data.title}`,
    description: story.article.data.dek,
    site: new URL(urls.home(), site).href,
    items: feedItems(story, urls).map((item) => ({ ...item, link: new URL(item.link, site).href })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>en</language>',
      built ? `<lastBuildDate>${built}</lastBuildDate>` : '',
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
};
