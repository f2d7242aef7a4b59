import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStory } from '../data/story.ts';
import { feedItems } from '../story/feed.ts';
import { SITE_NAME } from '../site/site.ts';
import { urls } from '../site/site-urls.ts';

/** /rss.xml: every event and correction, newest first, with absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const story = await getStory();
  if (!site) throw new Error('astro.config.mjs needs `site` (SITE_URL) for absolute feed links');
  return rss({
    title: `${SITE_NAME}: ${story.article.data.title}`,
    description: story.article.data.dek,
    site: new URL(urls.home(), site).href,
    items: feedItems(story, urls).map((item) => ({ ...item, link: new URL(item.link, site).href })),
    customData: '<language>en</language>',
  });
};
