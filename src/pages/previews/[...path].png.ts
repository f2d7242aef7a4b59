import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { join } from 'node:path';
import { getStory } from '../../data/story.ts';
import { drawMissingPreviews } from '../../previews/draw.ts';
import { previews } from '../../previews/previews.ts';
import { cachedPreview, cardHash } from '../../previews/render.ts';
import { SITE_NAME } from '../../site/site.ts';

// Kept between builds (node_modules is not committed), so unchanged cards are not drawn again.
// PREVIEW_CACHE_DIR lets the benchmark time a cold render without emptying the everyday cache.
const CACHE_DIR = process.env['PREVIEW_CACHE_DIR'] ?? join(process.cwd(), 'node_modules/.cache/preview-images');
const WORKER = join(process.cwd(), 'src/previews/worker.ts');

export const getStaticPaths = (async () => {
  const story = await getStory();
  const all = previews(story, SITE_NAME);
  // In a build, draw what is missing on every core first; each page below then reads its image from the cache.
  if (import.meta.env.PROD)
    await drawMissingPreviews(
      all.map((preview) => preview.card),
      CACHE_DIR,
      WORKER,
    );
  return all.map((preview) => ({
    params: { path: preview.path },
    props: { card: preview.card },
    // The image is its card's drawing: the same hash that keys the image cache.
    cacheKey: cardHash(preview.card),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One preview image, 1200×630 PNG. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { png } = await cachedPreview(props.card, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
