import type { APIRoute } from 'astro';
import { getStory } from '../../../data/story.ts';
import { embedTargets } from '../../../embed/embeds.ts';
import { oembedFor } from '../../../embed/oembed.ts';
import { SITE_NAME } from '../../../site/site.ts';
import { urls } from '../../../site/site-urls.ts';

/** The whole timeline's oEmbed response. */
export const GET: APIRoute = async ({ site }) => {
  const target = embedTargets(await getStory(), SITE_NAME).find((t) => t.kind === 'timeline');
  if (!target || !site) throw new Error('The timeline embed needs a story and a site URL');
  return Response.json(oembedFor(target, urls, site, SITE_NAME));
};
