import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../data/story.ts';
import { redirectRules } from '../story/timeline-pages.ts';

// Astro skips page files whose names start with "_", so `_redirects` is made through a parameter.
export const getStaticPaths = (() => [{ params: { file: '_redirects' } }]) satisfies GetStaticPaths;

/** `_redirects`: a 301 from each old timeline address to the renamed entry, for hosts that read the file. */
export const GET: APIRoute = async () => {
  const rules = redirectRules(await getStory(), import.meta.env.BASE_URL);
  return new Response(rules || '# No entry has been renamed yet.\n', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
