/**
 * The one place that queries Astro's collections. Everything else takes the
 * plain Story this returns, so sorting and resolving stay testable.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildStory, type Story } from '../lib/story.ts';

let story: Promise<Story> | undefined;
let entries: Promise<Map<string, CollectionEntry<'events' | 'sections' | 'facts' | 'article'>>> | undefined;

/** The story, assembled once per build. */
export function getStory(): Promise<Story> {
  story ??= (async () =>
    buildStory({
      article: await getCollection('article'),
      sections: await getCollection('sections'),
      events: await getCollection('events'),
      facts: await getCollection('facts'),
      sources: await getCollection('sources'),
      places: await getCollection('places'),
    }))();
  return story;
}

/** The raw collection entry behind an id, for rendering its markdown body with `render()`. */
export async function getRenderable(
  collection: 'events' | 'sections' | 'facts' | 'article',
  id: string,
): Promise<CollectionEntry<'events' | 'sections' | 'facts' | 'article'>> {
  entries ??= (async () => {
    const all = await Promise.all(
      (['events', 'sections', 'facts', 'article'] as const).map((name) => getCollection(name)),
    );
    return new Map(all.flat().map((entry) => [`${entry.collection}:${entry.id}`, entry]));
  })();
  const entry = (await entries).get(`${collection}:${id}`);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return entry;
}
