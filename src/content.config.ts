/** Wires content/ to Astro's loaders and the project's schemas; nothing else lives here. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/collections.ts';

// CONTENT_ROOT lets tests build the site from a fixture tree instead of the real content/.
const contentRoot = process.env['CONTENT_ROOT'] ?? '.';

/** The files of one collection. Ids are the file names exactly (the content check keeps them kebab-case);
 * Astro's default would slugify a bad name silently, or take a `slug` field from the front matter. */
function filesOf(name: CollectionName) {
  const { folder, extension } = COLLECTIONS[name];
  return glob({
    base: `${contentRoot}/content/${folder}`,
    pattern: `*${extension}`,
    generateId: ({ entry }) => entry.slice(0, -extension.length),
  });
}

export const collections = {
  article: defineCollection({ loader: filesOf('article'), schema: COLLECTIONS.article.schema }),
  sections: defineCollection({ loader: filesOf('sections'), schema: COLLECTIONS.sections.schema }),
  events: defineCollection({ loader: filesOf('events'), schema: COLLECTIONS.events.schema }),
  facts: defineCollection({ loader: filesOf('facts'), schema: COLLECTIONS.facts.schema }),
  sources: defineCollection({ loader: filesOf('sources'), schema: COLLECTIONS.sources.schema }),
  places: defineCollection({ loader: filesOf('places'), schema: COLLECTIONS.places.schema }),
  pages: defineCollection({ loader: filesOf('pages'), schema: COLLECTIONS.pages.schema }),
};
