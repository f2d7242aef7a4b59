/**
 * The one place that queries Astro's collections. Everything else takes the
 * plain Story this returns, so sorting and resolving stay testable. Before
 * anything is assembled, Astro's collections are held against the content
 * index the check used: a page must never show an entry the check did not see.
 */
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { contentIndex } from '../content/content-index.ts';
import { idsMismatch, type IdsByCollection } from '../content/same-ids.ts';
import { buildStory, type Story } from '../story/story.ts';

let story: Promise<Story> | undefined;
let entries: Promise<Map<string, CollectionEntry<'events' | 'sections' | 'facts' | 'article'>>> | undefined;

async function collections() {
  return {
    article: await getCollection('article'),
    sections: await getCollection('sections'),
    events: await getCollection('events'),
    facts: await getCollection('facts'),
    sources: await getCollection('sources'),
    places: await getCollection('places'),
    pages: await getCollection('pages'),
  };
}

/** Throws when Astro's collections and the content index (of CONTENT_ROOT, as in content.config.ts) differ. */
function assertSameEntries(astro: Awaited<ReturnType<typeof collections>>): void {
  const index = contentIndex(resolve(process.env['CONTENT_ROOT'] ?? '.'));
  // With problems in content/ the check reports them (and a build stops); the two may differ until they are fixed.
  if (index.read.problems.length > 0 || index.schemaProblems.length > 0) return;
  const ids = (source: Record<CollectionName, readonly { id: string }[]>) => {
    const out = {} as Record<CollectionName, string[]>;
    for (const name of COLLECTION_NAMES) out[name] = source[name].map((entry) => entry.id);
    return out satisfies IdsByCollection;
  };
  const mismatch = idsMismatch(ids(astro), ids(index.content));
  if (mismatch) throw new Error(mismatch);
}

/** The story, assembled once per build. */
export function getStory(): Promise<Story> {
  story ??= (async () => {
    const all = await collections();
    assertSameEntries(all);
    return buildStory(all);
  })();
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
