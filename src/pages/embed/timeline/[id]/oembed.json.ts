import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getStory } from '../../../../data/story.ts';
import { embedTargets } from '../../../../embed/embeds.ts';
import { oembedFor } from '../../../../embed/oembed.ts';
import { SITE, SITE_NAME } from '../../../../site/site.ts';
import { urls } from '../../../../site/site-urls.ts';
import { pageKey } from '../../../../data/page-key.ts';

export const getStaticPaths = (async () =>
  embedTargets(await getStory(), SITE_NAME)
    .filter((target) => target.id !== undefined)
    .map((target) => ({
      params: { id: target.id },
      props: { target },
      cacheKey: pageKey(SITE, target),
    }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One section's or event's oEmbed response. */
export const GET: APIRoute<Props> = ({ props, site }) => {
  if (!site) throw new Error('oEmbed responses need absolute URLs: set SITE_URL');
  return Response.json(oembedFor(props.target, urls, site, SITE_NAME));
};
