import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStory } from '../data/story.ts';
import { feedItems } from '../lib/feed.ts';
import { SITE_LANGUAGE, SITE_NAME } from '../lib/site.ts';
import { makeUrls } from '../lib/urls.ts';

/** /rss.xml: every event and correction, newest first, with absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const story = await getStory();
  const urls = makeUrls(import.meta.env.BASE_URL);
  if (!site) throw new Error('astro.config.mjs needs `site` (SITE_URL) for absolute feed links');
  return rss({
    title: `${SITE_NAME}: ${story.article.data.title}`,
    description: story.article.data.dek,
    site: new URL(urls.home(), site).href,
    items: feedItems(story, urls).map((item) => ({ ...item, link: new URL(item.link, site).href })),
    // The schema allows only a well-formed language tag: letters, digits and hyphens, nothing to escape.
    customData: `<language>${SITE_LANGUAGE}</language>`,
  });
};
