import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStory } from '../data/story.ts';
import { rssOptions } from '../story/feed.ts';
import { SITE_LANGUAGE, SITE_NAME } from '../site/site.ts';
import { urls } from '../site/site-urls.ts';

/** /rss.xml: every event and every log entry, newest first, with absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const story = await getStory();
  if (!site) throw new Error('astro.config.mjs needs `site` (SITE_URL) for absolute feed links');
  return rss(rssOptions(story, urls, site, SITE_NAME, SITE_LANGUAGE));
};
